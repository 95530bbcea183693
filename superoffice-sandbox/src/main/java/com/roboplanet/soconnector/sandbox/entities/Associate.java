package com.roboplanet.soconnector.sandbox.entities;

/** A sales rep (an associate with a person) of the tenant. */
public record Associate(
        int associateId, String initials, String firstName, String lastName, String email, int personId) {
    /** First and last name, separated by a space. */
    public String fullName() {
        return firstName + " " + lastName;
    }
}
