/**
 * A history anyone can verify: the hash chain of each agreement's events, the Merkle tree of all
 * events and its signed checkpoints, and the checks a partner or an auditor runs on them. Plain
 * Java (the JDK's SHA-256 and Ed25519, an RFC 8785 canonicalizer), so partners use it as it is.
 */
package org.cooperation.agreement.api.verification;
