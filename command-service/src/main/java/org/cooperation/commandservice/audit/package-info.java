/**
 * Who caused each event: the correlation id, principal and client of the request, carried into the
 * events' metadata.
 */
package org.cooperation.commandservice.audit;
