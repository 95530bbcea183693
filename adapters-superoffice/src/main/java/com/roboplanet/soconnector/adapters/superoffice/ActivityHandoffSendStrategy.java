package com.roboplanet.soconnector.adapters.superoffice;

import com.roboplanet.soconnector.domain.model.IdempotencyKey;
import com.roboplanet.soconnector.domain.model.OutboundEmail;
import com.roboplanet.soconnector.domain.port.out.PreparedMail;
import com.roboplanet.soconnector.domain.port.out.SendOutcome;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import com.roboplanet.soconnector.domain.port.out.SendStrategyException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends nothing: creates a task ({@code POST Appointment}, type {@code inChecklist}) for the rep, linked to contact,
 * person and sale, whose description holds the mail and a {@code mailto:} link; the rep checks it and sends it from
 * their own program. Works wherever the API user may create appointments.
 */
final class ActivityHandoffSendStrategy implements SendStrategy {
    static final String NAME = "activity-handoff";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final SuperOfficeApi api;
    private final MailTargets targets;
    private final Clock clock;

    ActivityHandoffSendStrategy(SuperOfficeApi api, MailTargets targets, Clock clock) {
        this.api = api;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String describe(OutboundEmail email) {
        return "a SuperOffice task for " + email.rep().name() + " (associate "
                + email.rep().associateId()
                + ") with the text and a mailto: link; the rep sends it from their own mail program";
    }

    @Override
    public SendOutcome send(PreparedMail mail) {
        OutboundEmail email = mail.email();
        IdempotencyKey key = mail.key();
        long task;
        try {
            task = targets.taskListItemId();
        } catch (MailTargets.TargetException e) {
            return new SendOutcome.NotAvailable(e.getMessage(), "set SO_HANDOFF_TASK_ID to a task from List/Task");
        } catch (SuperOfficeApiException e) {
            return SendFailures.outcome(e, "reading the task list", "give the API user the right to read lists");
        }
        String now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(DATE);
        Map<String, Object> appointment = new LinkedHashMap<>();
        appointment.put("Associate", Map.of("AssociateId", email.rep().associateId()));
        appointment.put("Contact", Map.of("ContactId", email.contactId()));
        appointment.put("Person", Map.of("PersonId", email.recipient().personId()));
        email.saleIdIfAny().ifPresent(saleId -> appointment.put("Sale", Map.of("SaleId", saleId)));
        appointment.put("Task", Map.of("TaskListItemId", task));
        appointment.put("Type", "inChecklist");
        appointment.put("Completed", "NotStarted");
        appointment.put("StartDate", now);
        appointment.put("EndDate", now);
        appointment.put("Description", description(email, key));
        try {
            long id = api.createAppointment(appointment).path("AppointmentId").asLong(0);
            if (id <= 0) {
                throw new SendStrategyException(
                        "SuperOffice answered POST v1/Appointment without an AppointmentId; a task may exist",
                        true,
                        null);
            }
            return new SendOutcome.HandedOff(id);
        } catch (SuperOfficeApiException e) {
            return SendFailures.outcome(
                    e,
                    "creating appointments",
                    "give the API user's role the right to create follow-ups (appointments)");
        }
    }

    /**
     * The task's text. Its first line carries the mail's key ({@link #keyMark}), so that after an interrupted run the
     * connector finds exactly this task ({@link SuperOfficeDeliveryCheck}) instead of asking a person.
     */
    static String description(OutboundEmail email, IdempotencyKey key) {
        String link = MailtoLink.of(email.recipient().email().value(), email.subject(), email.textBody());
        return "Please send this e-mail from your own mail program (prepared by so-connector, " + keyMark(key)
                + ").\n"
                + "To: " + email.recipient().name() + " <" + email.recipient().email() + ">\n"
                + "Subject: " + email.subject() + "\n\n"
                + email.textBody().strip() + "\n\n"
                + "Open it ready to send: " + link + "\n";
    }

    /** {@code key 3f2a...}: what the task's text carries and the lookup searches for. */
    static String keyMark(IdempotencyKey key) {
        return "key " + key;
    }
}
