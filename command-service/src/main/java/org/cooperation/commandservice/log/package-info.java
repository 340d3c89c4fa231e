/**
 * The log of all events: a Merkle tree (RFC 9162) in global order, its signed checkpoints (stored,
 * published on their own topic, served over HTTP with the keys), and the proofs of inclusion and
 * consistency.
 */
package org.cooperation.commandservice.log;
