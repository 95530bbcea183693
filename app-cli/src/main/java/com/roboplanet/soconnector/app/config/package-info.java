/** Configuration: .env, the environment and --config flags layered into validated settings, every bad key named. */
package com.roboplanet.soconnector.app.config;
