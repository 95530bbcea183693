package com.roboplanet.soconnector.sandbox;

/** A product of the robot distributor's price list; {@code familyId} is the ProductFamily list id. */
record Product(int productId, String code, String name, int familyId, double listPrice, double cost) {}
