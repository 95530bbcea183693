/** The products command: the CRM's catalogue printed as a table or handed to the script output. */
package com.roboplanet.soconnector.app.catalog;
