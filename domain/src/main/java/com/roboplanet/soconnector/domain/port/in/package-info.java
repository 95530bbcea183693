/** The use cases, one interface each with its command and result records: what the commands of the product can ask. */
package com.roboplanet.soconnector.domain.port.in;
