package org.cooperation.agreement.api.contract;

/** A record whose {@code ce_type} this version of the published language does not know. */
public class UnknownEventTypeException extends IllegalArgumentException {

    public UnknownEventTypeException(String typeName) {
        super("unknown event type: " + typeName);
    }
}
