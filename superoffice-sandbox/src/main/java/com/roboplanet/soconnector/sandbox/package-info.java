/**
 * The SuperOffice sandbox as other modules use it: start it with SandboxOptions (profile, faults, scenarios) and read
 * back its credentials, request log, mails, documents and appointments.
 */
package com.roboplanet.soconnector.sandbox;
