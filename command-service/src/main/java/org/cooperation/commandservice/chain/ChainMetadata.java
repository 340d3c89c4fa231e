package org.cooperation.commandservice.chain;

/** Keys of an event's stored metadata that hold its place in its agreement's hash chain. */
public final class ChainMetadata {

    /** The event's hash (64 hex digits). */
    public static final String HASH = "hash";
    /** The hash of the agreement's previous event; absent on the first. */
    public static final String PREVIOUS_HASH = "previousHash";

    private ChainMetadata() {}
}
