/**
 * The company's SMTP relay through Jakarta Mail: one MIME build whose exact bytes are sent and archived, and a probe
 * of the relay.
 */
package com.roboplanet.soconnector.adapters.smtp;
