/** The one CRM choice (tenant or sandbox module) and the connection opened on first use, closed once. */
package com.roboplanet.soconnector.app.crm;
