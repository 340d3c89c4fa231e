/**
 * Who may call what in the query service: partners read their own agreements, the secretariat and
 * auditors read everything, only the secretariat changes anything.
 */
package org.cooperation.queryservice.security;
