/** JMH benchmarks of the matcher and the report, run by hand; nothing here asserts a figure. */
package com.roboplanet.soconnector.benchmarks;
