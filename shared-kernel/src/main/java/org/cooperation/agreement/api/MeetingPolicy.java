package org.cooperation.agreement.api;

/** "meet at Director-General level on an annual basis, with meetings to be held alternately". */
public record MeetingPolicy(Cadence cadence, String level, boolean alternateHosts) {

    public enum Cadence {
        ANNUAL,
        NONE
    }

    public static final MeetingPolicy NONE = new MeetingPolicy(Cadence.NONE, null, false);

    public MeetingPolicy {
        Values.required(cadence, "meetings.cadence");
        Values.optionalText(level, "meetings.level", Limits.NAME);
    }
}
