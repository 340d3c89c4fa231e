/**
 * The event store as the command service's own tracking processors read it (the Kafka publisher
 * and the event log): streams that wait for more events while commands are few.
 */
package org.cooperation.commandservice.eventstream;
