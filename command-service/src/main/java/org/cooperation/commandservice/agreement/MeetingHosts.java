package org.cooperation.commandservice.agreement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.PartyCode;

/**
 * Who hosted the annual meetings, ordered by the day they were held. Secretariats enter meetings
 * late and out of order, so a host's turn is judged against the meetings before the new one in time,
 * not against the one entered last; and a meeting entered late must leave the meetings after it in
 * their turn (between two parties, the one after it).
 */
final class MeetingHosts {

    /**
     * The host of one meeting: its party where known (meetings recorded before hosts were named give
     * only a country, resolved to the one party of that country where there is one), and the country
     * the meeting was held in.
     */
    record Host(PartyCode party, CountryCode country) {

        boolean same(Host other) {
            return party != null && other.party != null ? party.equals(other.party) : country.equals(other.country);
        }
    }

    private final NavigableMap<LocalDate, Host> hostByDay = new TreeMap<>();
    /** The days of the meetings recorded with a reason for their host: those were never held to a turn. */
    private final Set<LocalDate> explained = new HashSet<>();

    /** @param withReason whether the meeting was recorded with a reason for deviating from the turn */
    void record(LocalDate heldOn, Host host, boolean withReason) {
        hostByDay.put(heldOn, host);
        if (withReason) {
            explained.add(heldOn);
        } else {
            explained.remove(heldOn);
        }
    }

    /** The meeting of that day was retracted. */
    void remove(LocalDate heldOn) {
        hostByDay.remove(heldOn);
        explained.remove(heldOn);
    }

    /**
     * The neighbouring meeting that the same host held: the one before (or on the same day), else
     * the one after. Empty when the host alternates.
     */
    Optional<Map.Entry<LocalDate, Host>> sameHostNextTo(LocalDate heldOn, Host host) {
        return Optional.ofNullable(hostByDay.floorEntry(heldOn))
                .filter(previous -> previous.getValue().same(host))
                .or(() -> Optional.ofNullable(hostByDay.higherEntry(heldOn))
                        .filter(next -> next.getValue().same(host)));
    }

    /**
     * The parties whose turn it is to host a meeting on {@code heldOn}: of {@code parties}, those that
     * have gone longest without hosting, counted from the last meeting each hosted before that day,
     * or from the day it became a party if it has hosted none since. Several when they tie.
     */
    List<PartyCode> dueToHost(List<PartyCode> parties, LocalDate heldOn, Function<PartyCode, LocalDate> memberFrom) {
        Function<PartyCode, LocalDate> since =
                party -> lastHostedBefore(party, heldOn).orElseGet(() -> memberFrom.apply(party));
        LocalDate longest =
                parties.stream().map(since).min(Comparator.naturalOrder()).orElse(heldOn);
        return parties.stream()
                .filter(party -> since.apply(party).equals(longest))
                .toList();
    }

    /**
     * The first later meeting that a meeting of {@code host} on {@code heldOn}, entered late, would
     * put out of turn: one held among three or more parties in its host's turn without a reason, whose
     * host would no longer have gone longest without hosting. Empty when every later meeting keeps its
     * turn. Between two parties the meeting after is judged by {@link #sameHostNextTo}.
     */
    Optional<Map.Entry<LocalDate, Host>> laterOutOfTurn(
            LocalDate heldOn,
            Host host,
            Function<LocalDate, List<PartyCode>> partiesOn,
            Function<PartyCode, LocalDate> memberFrom) {
        MeetingHosts withIt = new MeetingHosts();
        withIt.hostByDay.putAll(hostByDay);
        withIt.hostByDay.put(heldOn, host);
        for (Map.Entry<LocalDate, Host> later : hostByDay.tailMap(heldOn, false).entrySet()) {
            LocalDate day = later.getKey();
            PartyCode laterHost = later.getValue().party();
            List<PartyCode> partiesThatDay = partiesOn.apply(day);
            if (explained.contains(day) || laterHost == null || partiesThatDay.size() <= 2) {
                continue;
            }
            if (dueToHost(partiesThatDay, day, memberFrom).contains(laterHost)
                    && !withIt.dueToHost(partiesThatDay, day, memberFrom).contains(laterHost)) {
                return Optional.of(later);
            }
        }
        return Optional.empty();
    }

    private Optional<LocalDate> lastHostedBefore(PartyCode party, LocalDate heldOn) {
        return hostByDay.headMap(heldOn, false).descendingMap().entrySet().stream()
                .filter(meeting -> party.equals(meeting.getValue().party()))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
