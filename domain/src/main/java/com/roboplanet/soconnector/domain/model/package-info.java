/**
 * The domain's values (sales, customers, products, catalogues, mails, receipts, probe rows), validated where they are
 * made.
 */
package com.roboplanet.soconnector.domain.model;
