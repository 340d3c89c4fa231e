package org.cooperation.queryservice.projection.state;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.PartyKind;
import org.cooperation.agreement.api.Signatory;

/**
 * A party and its membership: a party from {@code memberFrom} (the signature, or its accession by the
 * instrument {@code accessionReference}) up to and including {@code memberUntil} (absent while it is a
 * party), with a withdrawal pending where it gave notice. {@code name} is the name it bears on the
 * day the state is of; {@code names} every name it has borne, each from its day. The fields of
 * {@link Party} come first, so that a client that read a party before keeps reading one.
 */
public record Member(
        PartyCode code,
        String name,
        PartyKind kind,
        CountryCode country,
        Signatory signatory,
        LocalDate memberFrom,
        LocalDate memberUntil,
        String accessionReference,
        PendingWithdrawal pendingWithdrawal,
        List<Name> names) {

    /** A name the party bore from {@code from}. */
    public record Name(String name, LocalDate from) {}

    /** The party's notice of withdrawal: it remains a party up to and including {@code endsOn}. */
    public record PendingWithdrawal(LocalDate noticeDate, LocalDate endsOn, String reference) {}

    static Member of(Party party, LocalDate from, String accessionReference) {
        return new Member(
                party.code(),
                party.name(),
                party.kind(),
                party.country(),
                party.signatory(),
                from,
                null,
                accessionReference,
                null,
                List.of(new Name(party.name(), from)));
    }

    /**
     * A party of a state stored before memberships were kept: a government body (the only kind
     * there was) and a party since the signature, under the one name it had.
     */
    Member since(LocalDate signedOn) {
        LocalDate from = memberFrom == null ? signedOn : memberFrom;
        return new Member(
                code,
                name,
                kind == null ? PartyKind.GOVERNMENT_BODY : kind,
                country,
                signatory,
                from,
                memberUntil,
                accessionReference,
                pendingWithdrawal,
                names == null || names.isEmpty() ? List.of(new Name(name, from)) : names);
    }

    public boolean isPartyOn(LocalDate day) {
        return !day.isBefore(memberFrom) && (memberUntil == null || !day.isAfter(memberUntil));
    }

    Member withdrawing(PendingWithdrawal notice) {
        return new Member(
                code, name, kind, country, signatory, memberFrom, memberUntil, accessionReference, notice, names);
    }

    Member withdrew(LocalDate lastDay) {
        return new Member(code, name, kind, country, signatory, memberFrom, lastDay, accessionReference, null, names);
    }

    /** Its withdrawal revoked, the notice retracted as entered in error: a party still, with no withdrawal ahead. */
    Member stays() {
        return new Member(code, name, kind, country, signatory, memberFrom, null, accessionReference, null, names);
    }

    /** With a name from {@code from}, placed by date: the latest is the name it bears. */
    Member renamed(String newName, LocalDate from) {
        List<Name> longer = new ArrayList<>(names);
        int at = longer.size();
        while (at > 0 && longer.get(at - 1).from().isAfter(from)) {
            at--;
        }
        longer.add(at, new Name(newName, from));
        return new Member(
                code,
                longer.get(longer.size() - 1).name(),
                kind,
                country,
                signatory,
                memberFrom,
                memberUntil,
                accessionReference,
                pendingWithdrawal,
                List.copyOf(longer));
    }
}
