package org.cooperation.queryservice.reading.listing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.cooperation.agreement.api.AgreementStatus;
import org.cooperation.agreement.api.InvalidValueException;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.queryservice.reading.current.AsOf;

/**
 * Which agreements a list shows; every part is optional, and the parts combine with AND.
 *
 * @param statuses       any of these statuses (empty: any status)
 * @param parties        all of these are parties to the agreement (empty: any parties)
 * @param fields         all of these fields of cooperation, by their exact names (empty: any fields)
 * @param endsBefore     the last day in force (end of term, or the end a pending notice names) is before this date
 * @param meetingOverdue whether an annual meeting is overdue on {@code today}
 * @param today          the day statuses and overdue meetings are judged on: today, or the point in time's day
 * @param pointInTime    the agreements as of a business date and/or as recorded at an instant; null: as they stand
 */
public record AgreementFilter(
        List<AgreementStatus> statuses,
        List<PartyCode> parties,
        List<String> fields,
        LocalDate endsBefore,
        Boolean meetingOverdue,
        LocalDate today,
        AsOf pointInTime) {

    public static AgreementFilter of(
            List<String> statuses,
            List<String> parties,
            List<String> fields,
            LocalDate endsBefore,
            Boolean meetingOverdue,
            LocalDate today,
            AsOf pointInTime) {
        return new AgreementFilter(
                statuses == null
                        ? List.of()
                        : statuses.stream().map(AgreementFilter::status).toList(),
                parties == null
                        ? List.of()
                        : parties.stream().map(PartyCode::of).toList(),
                fields == null
                        ? List.of()
                        : fields.stream().filter(field -> !field.isBlank()).toList(),
                endsBefore,
                meetingOverdue,
                pointInTime == null ? today : pointInTime.day(),
                pointInTime);
    }

    private static AgreementStatus status(String name) {
        try {
            return AgreementStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "status", "allowed-values", "must be one of " + Arrays.toString(AgreementStatus.values()));
        }
    }
}
