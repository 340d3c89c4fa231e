/**
 * The hash chain of each agreement's events: computed as the events are appended, in the
 * transaction that stores them, and kept in each event's stored metadata.
 */
package org.cooperation.commandservice.chain;
