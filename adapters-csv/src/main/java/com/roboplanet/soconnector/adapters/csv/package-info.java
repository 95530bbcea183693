/**
 * The files a user gives and gets: sales exports, recipient lists, mail texts and catalogues in; reports, batch
 * results and script output out.
 */
package com.roboplanet.soconnector.adapters.csv;
