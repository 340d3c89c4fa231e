package org.cooperation.queryservice.projection.timeline;

import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.queryservice.projection.state.AgreementState;

/**
 * What a list shows of an agreement and filters on, taken from a folded state: the same columns as
 * the {@code agreement} table's. Equal columns mean an unchanged row.
 */
public record ListColumns(
        long version,
        String status,
        String title,
        String kind,
        BusinessDate signedOn,
        LocalDate effectiveFrom,
        LocalDate termEndsOn,
        LocalDate lastDayInForce,
        LocalDate nextMeetingDue,
        LocalDate meetingOverdueFrom,
        List<String> partyCodes,
        List<String> fields) {

    public static ListColumns of(AgreementState state) {
        return new ListColumns(
                state.version(),
                state.status().name(),
                state.title(),
                state.kind().name(),
                state.signedOn(),
                // The day it is surely in force from, as AgreementState#on judges the status.
                state.term().effectiveFrom().latest(),
                state.term().termEndsOn(),
                state.lastDayInForce(),
                state.nextMeetingDue(),
                state.meetingOverdueFrom(),
                state.parties().stream().map(party -> party.code().value()).toList(),
                state.fieldsOfCooperation().stream()
                        .map(AgreementState.Field::name)
                        .toList());
    }
}
