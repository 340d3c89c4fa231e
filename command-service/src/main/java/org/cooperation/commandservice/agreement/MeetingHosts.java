package org.cooperation.commandservice.agreement;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.cooperation.agreement.api.CountryCode;

/**
 * Who hosted the annual meetings, ordered by the day they were held. Secretariats enter meetings
 * late and out of order, so alternation is judged against the meetings next to the new one in time,
 * not against the one entered last.
 */
final class MeetingHosts {

    private final NavigableMap<LocalDate, CountryCode> hostByDay = new TreeMap<>();

    void record(LocalDate heldOn, CountryCode host) {
        hostByDay.put(heldOn, host);
    }

    /** The meeting of that day was retracted. */
    void remove(LocalDate heldOn) {
        hostByDay.remove(heldOn);
    }

    /**
     * The neighbouring meeting that the same host held: the one before (or on the same day), else
     * the one after. Empty when the host alternates.
     */
    Optional<Map.Entry<LocalDate, CountryCode>> sameHostNextTo(LocalDate heldOn, CountryCode host) {
        return Optional.ofNullable(hostByDay.floorEntry(heldOn))
                .filter(previous -> previous.getValue().equals(host))
                .or(() -> Optional.ofNullable(hostByDay.higherEntry(heldOn))
                        .filter(next -> next.getValue().equals(host)));
    }
}
