/** The probe command and its wiring: the CRM's and the relay's capability probes, the table and JSON printouts. */
package com.roboplanet.soconnector.app.probe;
