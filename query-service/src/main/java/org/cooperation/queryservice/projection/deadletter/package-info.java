/**
 * The dead-letter table: each record of the dead-letter topic once, with why it failed and the
 * original bytes, so that an operator can see it and retry it.
 */
package org.cooperation.queryservice.projection.deadletter;
