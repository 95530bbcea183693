/**
 * Test support: SuperOffice's own Swagger definitions loaded at test time, to hold the sandbox's answers and the
 * adapter's requests to them.
 */
package com.roboplanet.soconnector.contract;
