/**
 * The console: pages for auditors and secretariat officers in a browser, at {@code /console}.
 *
 * <p>It is a client of the services' HTTP APIs and of nothing else in this service: a signed-in
 * person's requests are relayed, with the bearer token their session holds, to the query API
 * (over loopback, through the same security and partner scope as any client) and to
 * command-service. So the console can never show or change more than the API lets that token,
 * and the token never reaches the browser. Its own security is a browser's: a session cookie,
 * CSRF tokens, a Content-Security-Policy without inline script or style.
 */
package org.cooperation.queryservice.console;
