package org.cooperation.commandservice.agreement;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;

/**
 * Who the parties are on each business date: those who signed, from the signature; those who
 * acceded, from their accession; each up to the last day its withdrawal named, and under the name it
 * bore that day. Every rule that speaks of "the parties" asks this roll for the parties at the date
 * the rule is about, since secretariats enter history late and out of order.
 */
final class PartyRoll {

    private final Map<PartyCode, Member> members = new LinkedHashMap<>();

    void signed(List<Party> parties, LocalDate signedOn) {
        parties.forEach(party -> members.put(party.code(), new Member(party, signedOn)));
    }

    void acceded(Party party, LocalDate accededOn) {
        members.put(party.code(), new Member(party, accededOn));
    }

    void noticeGiven(WithdrawalNoticeGiven notice) {
        members.get(notice.party()).pendingNotice = notice;
    }

    void withdrew(PartyCode party, LocalDate lastDayAsParty) {
        Member member = members.get(party);
        member.lastDay = lastDayAsParty;
        member.pendingNotice = null;
    }

    void renamed(PartyCode party, LocalDate renamedOn, String name) {
        members.get(party).names.put(renamedOn, name);
    }

    /** An accession retracted as entered in error: the party never was one (rule 17). */
    void accessionRetracted(PartyCode party) {
        members.remove(party);
    }

    /** A withdrawal notice retracted while pending: the party stays, with no withdrawal ahead. */
    void noticeRetracted(PartyCode party) {
        members.get(party).pendingNotice = null;
    }

    /** A withdrawal revoked, its notice retracted: the party is one still, as if it had never given notice. */
    void withdrawalRevoked(PartyCode party) {
        members.get(party).lastDay = null;
    }

    /** A new name retracted: the party bore the name before it on those days too. */
    void renameRetracted(PartyCode party, LocalDate renamedOn) {
        members.get(party).names.remove(renamedOn);
    }

    /** The withdrawal notices still pending, each to take effect on a day of its own. */
    List<WithdrawalNoticeGiven> pendingWithdrawals() {
        return members.values().stream()
                .map(member -> member.pendingNotice)
                .filter(Objects::nonNull)
                .toList();
    }

    /** Whether the code names a party of any day of the agreement's life. */
    boolean isKnown(PartyCode party) {
        return members.containsKey(party);
    }

    boolean isPartyOn(PartyCode party, LocalDate day) {
        Member member = members.get(party);
        return member != null && member.isPartyOn(day);
    }

    /** The parties on that day, in the order they became parties. */
    List<PartyCode> partiesOn(LocalDate day) {
        return members.values().stream()
                .filter(member -> member.isPartyOn(day))
                .map(member -> member.party.code())
                .toList();
    }

    /**
     * How many parties remain once {@code leaving} has left, of those on {@code noticeDate}: those
     * that already gave notice of their own withdrawal are counted as gone, since the agreement must
     * keep two parties after every withdrawal.
     */
    long remainingAfter(PartyCode leaving, LocalDate noticeDate) {
        return members.values().stream()
                .filter(member -> member.isPartyOn(noticeDate))
                .filter(member -> member.pendingNotice == null)
                .filter(member -> !member.party.code().equals(leaving))
                .count();
    }

    Optional<WithdrawalNoticeGiven> pendingWithdrawal(PartyCode party) {
        return Optional.ofNullable(members.get(party)).map(member -> member.pendingNotice);
    }

    LocalDate memberFrom(PartyCode party) {
        return members.get(party).from;
    }

    /** The last day as a party; null while it has not withdrawn. */
    LocalDate lastDay(PartyCode party) {
        return members.get(party).lastDay;
    }

    String nameOn(PartyCode party, LocalDate day) {
        return members.get(party).names.floorEntry(day).getValue();
    }

    boolean renamedOn(PartyCode party, LocalDate day) {
        return members.get(party).names.containsKey(day);
    }

    Optional<CountryCode> countryOf(PartyCode party) {
        return Optional.ofNullable(members.get(party)).map(member -> member.party.country());
    }

    /** The one party of that country on that day; empty when none is, or when several are. */
    Optional<PartyCode> onlyPartyOf(CountryCode country, LocalDate day) {
        List<PartyCode> ofCountry = members.values().stream()
                .filter(member -> member.isPartyOn(day) && country.equals(member.party.country()))
                .map(member -> member.party.code())
                .toList();
        return ofCountry.size() == 1 ? Optional.of(ofCountry.get(0)) : Optional.empty();
    }

    boolean anyPartyOf(CountryCode country, LocalDate day) {
        return members.values().stream()
                .anyMatch(member -> member.isPartyOn(day) && country.equals(member.party.country()));
    }

    private static final class Member {
        private final Party party;
        private final LocalDate from;
        private final NavigableMap<LocalDate, String> names = new TreeMap<>();
        private LocalDate lastDay;
        private WithdrawalNoticeGiven pendingNotice;

        private Member(Party party, LocalDate from) {
            this.party = Objects.requireNonNull(party);
            this.from = from;
            names.put(from, party.name());
        }

        private boolean isPartyOn(LocalDate day) {
            return !day.isBefore(from) && (lastDay == null || !day.isAfter(lastDay));
        }

        /** By value, so that the test fixture can tell a state rebuilt from the events from the one a command left. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Member member
                    && party.equals(member.party)
                    && from.equals(member.from)
                    && names.equals(member.names)
                    && Objects.equals(lastDay, member.lastDay)
                    && Objects.equals(pendingNotice, member.pendingNotice);
        }

        @Override
        public int hashCode() {
            return Objects.hash(party.code(), from);
        }
    }
}
