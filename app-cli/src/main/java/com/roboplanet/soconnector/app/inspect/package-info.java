/** The inspect commands: CRM records printed as returned, each with how the connector reads it. */
package com.roboplanet.soconnector.app.inspect;
