/**
 * Decides per tenant API request which configured fault strikes (dropped connection, latency, 5xx burst, 429, truncated
 * sale page).
 */
package com.roboplanet.soconnector.sandbox.faults;
