/** The report command: options into per-run values, the summary and the explanation of one sale printed. */
package com.roboplanet.soconnector.app.report;
