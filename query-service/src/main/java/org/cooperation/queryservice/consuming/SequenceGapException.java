package org.cooperation.queryservice.consuming;

import org.cooperation.agreement.api.contract.ReceivedEvent;

/** An event arrived before the one it follows; applying it would put the read model out of order. */
public class SequenceGapException extends RuntimeException {

    public SequenceGapException(ReceivedEvent received, long lastApplied) {
        super("event " + received.sequence() + " of " + received.agreementId() + " does not follow "
                + (lastApplied < 0 ? "nothing applied yet" : "sequence " + lastApplied));
    }
}
