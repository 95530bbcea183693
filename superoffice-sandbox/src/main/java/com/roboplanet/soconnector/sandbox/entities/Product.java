package com.roboplanet.soconnector.sandbox.entities;

/** A product of the robot distributor's price list; {@code familyId} is the ProductFamily list id. */
public record Product(int productId, String code, String name, int familyId, double listPrice, double cost) {}
