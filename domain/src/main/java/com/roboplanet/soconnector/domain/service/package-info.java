/**
 * The use-case implementations and the business rules they share; plain Java, constructor-injected, tested with fakes.
 */
package com.roboplanet.soconnector.domain.service;
