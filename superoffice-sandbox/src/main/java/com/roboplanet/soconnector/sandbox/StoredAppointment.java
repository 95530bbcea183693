package com.roboplanet.soconnector.sandbox;

/** An appointment created with {@code POST Appointment}, as the sandbox saved it. */
public record StoredAppointment(
        int appointmentId,
        int taskListItemId,
        int associateId,
        int contactId,
        int personId,
        int saleId,
        String type,
        String description,
        String startDate,
        String endDate) {}
