package org.cooperation.agreement.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What is known of a programme's start: its launch, as precise as the source gives it, or, where
 * the source shows the programme running without saying when it began, the date by which it was
 * running. Exactly one of the two is set. The command, the event and each side's state share it.
 */
public interface ProgrammeStart {

    BusinessDate launchedOn();

    BusinessDate runningBy();

    /** The launch when stated, otherwise the date by which the programme was running. */
    @JsonIgnore
    default BusinessDate knownBy() {
        return launchedOn() != null ? launchedOn() : runningBy();
    }
}
