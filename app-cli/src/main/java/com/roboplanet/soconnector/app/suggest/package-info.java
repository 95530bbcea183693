/** The suggest-keywords command: proposals printed as a table, and written into a catalogue on request. */
package com.roboplanet.soconnector.app.suggest;
