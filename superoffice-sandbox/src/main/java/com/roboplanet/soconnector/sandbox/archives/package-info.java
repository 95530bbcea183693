/**
 * The simulated archive providers (FindSale, persons, internal users, documents, products) with the FindSale
 * $select/$filter/$orderBy grammar and paging.
 */
package com.roboplanet.soconnector.sandbox.archives;
