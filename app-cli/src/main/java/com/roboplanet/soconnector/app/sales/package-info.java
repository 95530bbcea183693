/** Where sales come from and reports go: factories turning per-run values into adapters, and the use cases. */
package com.roboplanet.soconnector.app.sales;
