package com.roboplanet.soconnector.adapters.superoffice;

/**
 * Where sent mails and hand-off tasks go in SuperOffice.
 *
 * @param documentTemplateId the document template of archived mails ({@code SO_MAIL_TEMPLATE_ID}); null to use the
 *     first template with record type Email from {@code List/DocumentTemplate/Items}
 * @param taskListItemId the task of hand-off activities ({@code SO_HANDOFF_TASK_ID}); null to use the first
 *     outgoing Email task, else the first ToDo task, from {@code List/Task/Items}
 */
public record SuperOfficeMailSettings(Long documentTemplateId, Long taskListItemId) {
    public SuperOfficeMailSettings {
        if (documentTemplateId != null && documentTemplateId <= 0) {
            throw new IllegalArgumentException("SO_MAIL_TEMPLATE_ID must be a positive id, was " + documentTemplateId);
        }
        if (taskListItemId != null && taskListItemId <= 0) {
            throw new IllegalArgumentException("SO_HANDOFF_TASK_ID must be a positive id, was " + taskListItemId);
        }
    }

    /** Both found in the tenant's lists. */
    public static SuperOfficeMailSettings fromTenantLists() {
        return new SuperOfficeMailSettings(null, null);
    }
}
