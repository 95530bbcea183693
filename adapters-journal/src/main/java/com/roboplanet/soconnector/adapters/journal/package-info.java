/** The send journal on disk: one fsynced file per mail, so that nothing is sent twice or lost across crashes. */
package com.roboplanet.soconnector.adapters.journal;
