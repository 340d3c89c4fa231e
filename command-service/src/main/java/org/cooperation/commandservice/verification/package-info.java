/**
 * Verification an auditor runs against the event store: one agreement's history (its chain, and
 * each event's inclusion in the latest signed checkpoint), or every agreement and the whole tree
 * as an operator's job whose result is kept.
 */
package org.cooperation.commandservice.verification;
