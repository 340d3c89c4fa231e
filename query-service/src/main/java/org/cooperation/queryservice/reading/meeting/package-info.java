/**
 * An agreement's annual meetings: held, last, next due, overdue, and who is to host.
 */
package org.cooperation.queryservice.reading.meeting;
