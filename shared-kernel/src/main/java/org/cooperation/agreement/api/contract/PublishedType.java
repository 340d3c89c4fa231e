package org.cooperation.agreement.api.contract;

import org.cooperation.agreement.api.event.AgreementEvent;

/**
 * One version of an event type's published shape: the class that holds the event today and the
 * version number, e.g. {@code AnnualMeetingRecorded} version 1, named
 * {@code org.cooperation.agreement.AnnualMeetingRecorded.v1}. Older versions stay readable.
 */
public record PublishedType(Class<? extends AgreementEvent> type, int version) {

    public PublishedType {
        if (version < 1 || version > EventTypes.version(type)) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no version " + version);
        }
    }

    public static PublishedType current(Class<? extends AgreementEvent> type) {
        return new PublishedType(type, EventTypes.version(type));
    }

    /** The {@code ce_type} of records of this version. */
    public String typeName() {
        return EventTypes.PREFIX + type.getSimpleName() + ".v" + version;
    }

    public boolean isCurrent() {
        return version == EventTypes.version(type);
    }
}
