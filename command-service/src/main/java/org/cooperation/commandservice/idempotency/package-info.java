/**
 * An {@code Idempotency-Key} makes a repeated command answer as the first did, without a second
 * effect; knows nothing of agreements.
 */
package org.cooperation.commandservice.idempotency;
