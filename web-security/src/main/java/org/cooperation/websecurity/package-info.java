/**
 * What both services' HTTP sides share: tokens and roles, strict parameters and body limits, RFC 7807
 * answers from filters and the error page ({@link org.cooperation.websecurity.Problems}), and the
 * business clock.
 */
package org.cooperation.websecurity;
