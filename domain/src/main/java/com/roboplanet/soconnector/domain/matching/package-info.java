/**
 * The product matcher: headings normalised to a skeleton, aliases found by one automaton, boundary and quantity rules
 * applied.
 */
package com.roboplanet.soconnector.domain.matching;
