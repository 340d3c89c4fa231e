/**
 * Wiring of Axon (event store, serializer, upcasting of older stored events), the admissible events,
 * deadlines and OpenAPI.
 */
package org.cooperation.commandservice.config;
