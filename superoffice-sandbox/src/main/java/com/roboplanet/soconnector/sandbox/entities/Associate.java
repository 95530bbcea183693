package com.roboplanet.soconnector.sandbox;

/** A sales rep (an associate with a person) of the tenant. */
record Associate(int associateId, String initials, String firstName, String lastName, String email, int personId) {
    String fullName() {
        return firstName + " " + lastName;
    }
}
