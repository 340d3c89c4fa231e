package org.cooperation.faultsuite;

/** One row of command-service's event store, as the checks need it. */
record StoredEvent(String agreementId, long sequence, String payloadType, String correlationId) {}
