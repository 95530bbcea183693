/**
 * The simulated login host: token endpoint, authorize, OIDC discovery and JWKS, the tenant state API, and the tokens,
 * id_token claims and host moves behind them.
 */
package com.roboplanet.soconnector.sandbox.login;
