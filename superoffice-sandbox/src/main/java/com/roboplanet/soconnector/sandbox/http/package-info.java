/**
 * The simulator's front door: every request passes the Dispatcher (login routes, host check, faults, tenant state,
 * Bearer check, request log) and TenantRoutes' route table, with the wire helpers (HttpCall, the SuperOffice error
 * body, language, date text).
 */
package com.roboplanet.soconnector.sandbox.http;
