/**
 * OpenID Connect for the one authentication mechanism: the authorization-code flow with PKCE, state
 * and nonce for browsers, single logout at the provider, and validation of the provider's access
 * tokens for the REST API. Who a token's claims name is decided by the identity stores.
 */
package org.tierdesk.platform.security.oidc;
