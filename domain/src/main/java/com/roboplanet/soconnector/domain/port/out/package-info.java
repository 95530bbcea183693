/**
 * What the domain needs from outside, in its own words, with the values that choose an adapter per run and the
 * exceptions each port throws.
 */
package com.roboplanet.soconnector.domain.port.out;
