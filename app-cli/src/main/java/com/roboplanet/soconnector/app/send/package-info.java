/** The send command and its wiring: a Guice module per strategy in SO_SEND_STRATEGY, receipts printed. */
package com.roboplanet.soconnector.app.send;
