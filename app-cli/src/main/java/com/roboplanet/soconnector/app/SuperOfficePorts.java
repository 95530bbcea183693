package com.roboplanet.soconnector.app;

import com.roboplanet.soconnector.domain.model.ProbeRow;
import com.roboplanet.soconnector.domain.port.out.CrmDirectory;
import com.roboplanet.soconnector.domain.port.out.MailArchive;
import com.roboplanet.soconnector.domain.port.out.SendStrategy;
import java.util.List;

/**
 * The SuperOffice side of sending and probing, as domain ports. One seam so that the send and probe commands run
 * against fakes in tests with every other part of the wiring real; {@link CrmSession} is the production one.
 */
public interface SuperOfficePorts {

    /** Reps, persons and sales by id or e-mail address. */
    CrmDirectory directory();

    /** The {@code email-agent} strategy. */
    SendStrategy emailAgent();

    /** The {@code activity-handoff} strategy, with the task from SO_HANDOFF_TASK_ID or the tenant's list. */
    SendStrategy activityHandoff();

    /** Where sent mails are archived, with the template from SO_MAIL_TEMPLATE_ID or the tenant's list. */
    MailArchive mailArchive();

    /** The SuperOffice rows of {@code probe}; never throws for a failed check. */
    List<ProbeRow> probe();
}
