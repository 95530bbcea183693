/**
 * The simulated tenant's records (generated or scenario sales, customers, the catalogue) and the entity routes that
 * answer them as SuperOffice entities, with the documents and appointments created in a run.
 */
package com.roboplanet.soconnector.sandbox.entities;
