package com.roboplanet.soconnector.sandbox;

/** One {@code $orderBy} term. */
record OrderKey(ArchiveColumn column, boolean ascending) {}
