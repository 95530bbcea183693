/** The simulated agents: Quote (sale to quote lines), EMail (refused or relayed to SMTP by profile) and CRMScript. */
package com.roboplanet.soconnector.sandbox.agents;
