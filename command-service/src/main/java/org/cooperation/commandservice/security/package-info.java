/**
 * Who may send which command: the secretariat changes agreements; the rest is refused.
 */
package org.cooperation.commandservice.security;
