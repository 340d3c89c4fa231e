/**
 * The event store as the command service's own tracking processors read it (the Kafka publisher
 * and the event log): streams that wait for more events while commands are few, and the one
 * reader of the store's head they share, which asks the database once per commit.
 */
package org.cooperation.commandservice.eventstream;
