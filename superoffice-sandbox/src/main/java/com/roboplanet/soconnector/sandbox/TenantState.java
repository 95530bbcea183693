package com.roboplanet.soconnector.sandbox;

/** The tenant states of the SuperOffice tenant state API; only some of them keep the API available. */
public enum TenantState {
    UNKNOWN("Unknown", false),
    PROVISIONING("Provisioning", false),
    RUNNING("Running", true),
    DELETED("Deleted", false),
    SUSPENDED("Suspended", false),
    ONLINE_MAINTENANCE("OnlineMaintenance", true),
    OFFLINE_MAINTENANCE("OfflineMaintenance", false);

    private final String wireName;
    private final boolean apiAvailable;

    TenantState(String wireName, boolean apiAvailable) {
        this.wireName = wireName;
        this.apiAvailable = apiAvailable;
    }

    /** The value of {@code State} in the state API. */
    public String wireName() {
        return wireName;
    }

    /** {@code IsRunning} in the state API; when false the tenant API answers 503. */
    public boolean apiAvailable() {
        return apiAvailable;
    }
}
