package com.roboplanet.soconnector.app.crm;

import com.roboplanet.soconnector.app.config.Configuration;
import com.roboplanet.soconnector.app.config.ConfigurationException;
import com.roboplanet.soconnector.app.config.SuperOfficeConfig;
import com.roboplanet.soconnector.domain.model.TenantId;

/**
 * Which SuperOffice the commands talk to, decided once from the configuration, {@code --sandbox} and whether a person
 * is at a terminal. Generated sales must never pass for a tenant's in a run nobody watches: without any setting, only a
 * run at a terminal gets the built-in sandbox on its own.
 */
public enum CrmChoice {
    /** The tenant the SO_* settings name. */
    TENANT,
    /** The built-in sandbox, asked for: {@code --sandbox}, or {@code SO_ENVIRONMENT=sandbox} without a login URL. */
    SANDBOX,
    /**
     * The built-in sandbox standing in for a tenant nobody configured, at a terminal: announced as a demo. Not when the
     * environment holds a misspelt tenant key ({@code so_client_id}): somebody did try to configure one.
     */
    DEMO,
    /**
     * No tenant configured, no sandbox asked for, and nobody at a terminal (cron, Task Scheduler, CI) or a misspelt
     * tenant key in the environment (warned about): the first CRM call stops the run with exit code 3 before anything
     * is written. Commands that need no CRM run as usual.
     */
    UNCONFIGURED;

    /**
     * @param sandboxAsked {@code --sandbox} was given
     * @param attended a person is at a terminal (see {@code Terminal})
     */
    public static CrmChoice from(Configuration config, boolean sandboxAsked, boolean attended) {
        if (sandboxAsked || SuperOfficeConfig.builtInSandboxAsked(config)) {
            return SANDBOX;
        }
        if (!SuperOfficeConfig.absent(config)) {
            return TENANT;
        }
        return attended && !config.tenantKeyMisspeltInEnvironment() ? DEMO : UNCONFIGURED;
    }

    /**
     * The tenant this choice means: SO_ENVIRONMENT and SO_CONTEXT_IDENTIFIER, or the built-in sandbox's own, known
     * without starting it. Unconfigured, there is none: a journal is never opened for a tenant nobody named.
     *
     * @throws com.roboplanet.soconnector.app.config.ConfigurationException naming a missing or invalid key
     */
    public TenantId tenant(Configuration config) {
        return switch (this) {
            case TENANT -> SuperOfficeConfig.tenant(config);
            case SANDBOX, DEMO -> BuiltInSandbox.TENANT;
            case UNCONFIGURED -> throw new ConfigurationException(UnconfiguredModule.MESSAGE);
        };
    }
}
