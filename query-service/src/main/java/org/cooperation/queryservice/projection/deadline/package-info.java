/**
 * The deadlines of each agreement ({@link org.cooperation.queryservice.projection.deadline.Deadlines}:
 * the last day to give notice, the last day consent letters can be dated, the end of the term or of
 * a pending notice, the next annual meeting), worked out from its folded state, and the
 * {@code agreement_deadline} table that the portfolio's deadlines and calendars are read from.
 */
package org.cooperation.queryservice.projection.deadline;
