/**
 * Is the projection consuming, and what waits for an operator: held events and new dead letters.
 */
package org.cooperation.queryservice.operations.health;
