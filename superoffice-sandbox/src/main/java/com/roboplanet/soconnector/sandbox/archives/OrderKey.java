package com.roboplanet.soconnector.sandbox.archives;

/** One {@code $orderBy} term. */
record OrderKey(ArchiveColumn column, boolean ascending) {}
