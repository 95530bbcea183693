/**
 * The report as one HTML page that opens offline: inline CSS and SVG charts drawn from the run's totals, every text
 * from the CRM escaped, nothing loaded from anywhere.
 */
package com.roboplanet.soconnector.adapters.html;
