/**
 * Deadlines: an agreement's (in its view, now and as of a point in time) and the portfolio's in a
 * window of days, as JSON or as an iCalendar document, within the caller's scope.
 */
package org.cooperation.queryservice.reading.deadline;
