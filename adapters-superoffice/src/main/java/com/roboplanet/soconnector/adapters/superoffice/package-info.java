/**
 * SuperOffice CRM Online over its REST WebAPI: one place that executes requests, a typed API of DTOs, and the port
 * implementations that map them.
 */
package com.roboplanet.soconnector.adapters.superoffice;
