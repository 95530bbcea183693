/** The sandbox command: the simulated tenant in the foreground, with the .env lines that point at it. */
package com.roboplanet.soconnector.app.sandbox;
