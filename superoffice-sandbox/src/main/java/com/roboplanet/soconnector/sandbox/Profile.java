package com.roboplanet.soconnector.sandbox;

/** What the simulated tenant grants the API user. */
public enum Profile {
    /**
     * The first team's tenant: the EMail agent answers 401, the CRMScript agent 403, and the API user is a system
     * user without an associate.
     */
    RESTRICTED,
    /** The agents are granted; the EMail agent relays mail to the configured SMTP host. */
    FULL
}
