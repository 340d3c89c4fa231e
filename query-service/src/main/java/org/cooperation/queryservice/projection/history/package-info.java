/**
 * The {@code agreement_event} table: every applied event, as the history readers page through and a
 * rebuild copies.
 */
package org.cooperation.queryservice.projection.history;
