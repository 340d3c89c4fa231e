package org.cooperation.queryservice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.ProgrammeLaunched;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.cooperation.agreement.api.event.WithdrawalNoticeGiven;
import org.cooperation.agreement.api.event.WithdrawalRevoked;

/**
 * A seeded, realistic record of many agreements: every event type, meetings with alternating
 * hosts, contacts replaced, links to earlier and later agreements, expiries and their
 * corrections, terminations, and the faults of a real topic (redeliveries, a second event under
 * one sequence, events whose predecessor never arrives, records of an unknown type).
 */
final class RealisticHistory {

    /** One record to publish: an event of the record, or (with a null event) one that cannot be applied. */
    record Entry(String agreementId, AgreementEvent event, long sequence, String eventId, Instant recordedAt) {}

    private static final List<Party> PARTIES = List.of(
            Events.BMWI,
            Events.METI,
            Events.party("IN-MEITY", "IN"),
            Events.party("FR-DGE", "FR"),
            Events.party("EU-DGGROW", "EU"));
    private static final List<String> FIELDS = List.of(
            "Industrial cyber security",
            "International standardization",
            "SME support",
            "Human resource development",
            "Research and Development",
            "Automobile industry",
            "Robotics",
            "Hydrogen");
    private static final Term TERM = new Term(5, 1, 5);

    private final Random random;
    private final String prefix;
    private final List<List<Entry>> agreements = new ArrayList<>();
    private final List<Entry> faults = new ArrayList<>();
    private int applicable;

    private RealisticHistory(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
    }

    static RealisticHistory of(int agreementCount, long seed, String prefix) {
        RealisticHistory history = new RealisticHistory(seed, prefix);
        for (int i = 0; i < agreementCount; i++) {
            history.agreements.add(history.agreement(i, agreementCount));
        }
        history.addFaults();
        return history;
    }

    /** Every record in the order it is published: agreements interleaved, each in its own order, faults mixed in. */
    List<Entry> records() {
        List<Entry> records = new ArrayList<>();
        int longest = agreements.stream().mapToInt(List::size).max().orElse(0);
        for (int position = 0; position < longest; position++) {
            for (List<Entry> agreement : agreements) {
                if (position < agreement.size()) {
                    records.add(agreement.get(position));
                }
            }
            if (position < faults.size()) {
                records.add(faults.get(position));
            }
        }
        records.addAll(faults.subList(Math.min(longest, faults.size()), faults.size()));
        return records;
    }

    /** How many events the projection applies; the others are duplicates, held or unusable. */
    int applicableEvents() {
        return applicable;
    }

    private List<Entry> agreement(int index, int count) {
        String id = id(index);
        LocalDate effective = LocalDate.parse("2005-01-01").plusDays(random.nextInt(15 * 365));
        List<Party> parties = new ArrayList<>(PARTIES);
        Collections.shuffle(parties, random);
        parties = List.copyOf(parties.subList(0, 2 + random.nextInt(2)));
        List<String> fields = new ArrayList<>(FIELDS);
        Collections.shuffle(fields, random);
        AgreementSigned signed =
                Events.signed(id, effective, parties, List.copyOf(fields.subList(0, 1 + random.nextInt(3))));
        LocalDate termEnd = signed.termEndsOn();
        List<AgreementEvent> events = new ArrayList<>(List.of(signed));

        int meetings = random.nextInt(5);
        for (int year = 1; year <= meetings; year++) {
            Party host = parties.get((year - 1) % parties.size());
            events.add(Events.meeting(
                    id,
                    effective.plusYears(year).minusDays(random.nextInt(60)).toString(),
                    host.country().value(),
                    "City " + year));
        }
        for (int contact = 0; contact < random.nextInt(3); contact++) {
            Party party = parties.get(random.nextInt(parties.size()));
            events.add(Events.contact(
                    id,
                    party,
                    "Contact " + index + "-" + contact,
                    effective.plusDays(random.nextInt(1500)).toString()));
        }
        for (int participant = 0; participant < random.nextInt(3); participant++) {
            events.add(Events.participant(
                    id,
                    "Institute " + index + "-" + participant,
                    "JP",
                    effective.plusDays(random.nextInt(1500)).toString()));
        }
        for (int field = 0; field < random.nextInt(3); field++) {
            events.add(Events.fieldAdded(id, fields.get(3 + field), effective.plusDays(random.nextInt(1500))));
        }
        for (int milestone = 0; milestone < random.nextInt(3); milestone++) {
            events.add(Events.milestone(
                    id, effective.plusDays(random.nextInt(1500)).toString(), "Milestone " + index + "-" + milestone));
        }
        if (random.nextInt(10) < 3) {
            // A programme launched in a year known only as such, a year's figures, sometimes closed.
            int launched = effective.getYear() + 1;
            events.add(
                    Events.programmeLaunched(id, "programme-" + index, "Programme " + index, String.valueOf(launched)));
            events.add(Events.programmeYear(id, "programme-" + index, launched + 1, 30 + random.nextInt(10), 800));
            if (random.nextBoolean()) {
                events.add(Events.programmeClosed(id, "programme-" + index, (launched + 2) + "-03"));
            }
        }
        if (random.nextInt(10) < 4) {
            // Mostly to an earlier agreement; sometimes to a later one, projected after the link.
            int related = random.nextInt(10) < 8 ? random.nextInt(Math.max(1, index)) : (index + 1) % count;
            Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
            events.add(Events.link(
                    id, id(related), relation, effective.plusDays(30).toString()));
        }
        if (events.size() > 1 && random.nextInt(4) == 0) {
            // A fact entered in error, retracted: every way of folding must leave it out alike.
            int retracted = 1 + random.nextInt(events.size() - 1);
            if (events.get(retracted) instanceof ProgrammeLaunched) {
                // The command side refuses to retract a launch while the programme's figures follow it, so no
                // record holds that: its year's figures, which always follow, are retracted instead.
                retracted++;
            }
            AgreementEvent fact = events.get(retracted);
            events.add(new FactRetracted(
                    AgreementId.of(id),
                    retracted,
                    fact.getClass().getSimpleName(),
                    fact.businessDate(),
                    "entered in error"));
        }
        events.addAll(partiesOverTime(id, effective, parties, events.size()));
        events.addAll(ending(id, termEnd));
        if (random.nextInt(15) == 0) {
            events.add(new AgreementVoided(AgreementId.of(id), signed.signedOn().latest(), "entered in error"));
        }
        return entries(id, events, effective);
    }

    /**
     * The parties over the years, all before the term's end: a party renamed; the European Commission (an
     * international organisation, no country) acceding, and sometimes withdrawing again by notice once three
     * or more are parties, a withdrawal sometimes revoked by the retraction of its notice. After the random
     * retraction above, which might otherwise retract a notice without the revocation that follows.
     */
    private List<AgreementEvent> partiesOverTime(String id, LocalDate effective, List<Party> parties, int sequence) {
        List<AgreementEvent> events = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            Party renamed = parties.get(0);
            events.add(Events.renamed(
                    id,
                    renamed,
                    renamed.name() + " (renamed)",
                    effective.plusDays(300).toString()));
        }
        if (random.nextInt(4) == 0) {
            events.add(Events.acceded(
                    id, Events.COMMISSION, effective.plusDays(400).toString()));
            if (random.nextBoolean()) {
                LocalDate lastDay = effective.plusDays(790);
                events.add(Events.withdrawalNoticeGiven(
                        id, Events.COMMISSION, effective.plusDays(700).toString(), lastDay.toString()));
                events.add(Events.withdrew(id, Events.COMMISSION, lastDay.toString()));
                if (random.nextInt(3) == 0) {
                    int notice = sequence + events.size() - 2;
                    events.add(new FactRetracted(
                            AgreementId.of(id),
                            notice,
                            WithdrawalNoticeGiven.class.getSimpleName(),
                            effective.plusDays(700),
                            "the note verbale was another party's"));
                    events.add(new WithdrawalRevoked(
                            AgreementId.of(id), Events.COMMISSION.code(), lastDay, "its notice was retracted"));
                }
            }
        }
        return events;
    }

    /**
     * How the agreement's term went: on, extended, noticed and withdrawn, terminated, expired, terminated and
     * revoked by a withdrawal entered late, or expired and corrected.
     */
    private List<AgreementEvent> ending(String id, LocalDate termEnd) {
        LocalDate noticeDate = termEnd.minusDays(200);
        return switch (random.nextInt(7)) {
            case 0 -> List.of();
            case 1 ->
                List.of(Events.extended(
                        id,
                        termEnd.minusDays(90).toString(),
                        termEnd.minusDays(60).toString(),
                        termEnd,
                        TERM,
                        1));
            case 2 ->
                List.of(
                        Events.noticeGiven(
                                id, noticeDate.toString(), termEnd.minusDays(10).toString()),
                        Events.noticeWithdrawn(id, noticeDate.plusDays(20).toString()));
            case 3 ->
                List.of(
                        Events.noticeGiven(
                                id, noticeDate.toString(), termEnd.minusDays(10).toString()),
                        Events.terminated(id, termEnd.minusDays(10).toString()));
            case 4 -> List.of(Events.expired(id, termEnd));
            case 5 ->
                List.of(
                        Events.noticeGiven(
                                id, noticeDate.toString(), termEnd.minusDays(10).toString()),
                        Events.terminated(id, termEnd.minusDays(10).toString()),
                        new TerminationRevoked(
                                AgreementId.of(id), termEnd.minusDays(9), "withdrawn in time, entered late"),
                        Events.noticeWithdrawn(id, noticeDate.plusDays(20).toString()));
            default ->
                List.of(
                        Events.expired(id, termEnd),
                        Events.extended(
                                id,
                                termEnd.minusDays(80).toString(),
                                termEnd.minusDays(40).toString(),
                                termEnd,
                                TERM,
                                1),
                        Events.expiryRevoked(id, termEnd.plusDays(1)));
        };
    }

    private List<Entry> entries(String id, List<AgreementEvent> events, LocalDate effective) {
        Instant recordedAt = effective.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600);
        List<Entry> entries = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            recordedAt = recordedAt.plusSeconds(3600 + random.nextInt(60 * 86_400));
            entries.add(new Entry(
                    id, events.get(sequence), sequence, UUID.randomUUID().toString(), recordedAt));
        }
        applicable += entries.size();
        return entries;
    }

    /** Redeliveries, a second event under a taken sequence, events after one that never comes, unknown types. */
    private void addFaults() {
        for (List<Entry> agreement : agreements) {
            if (random.nextInt(20) == 0) {
                faults.add(agreement.get(random.nextInt(agreement.size())));
            }
        }
        List<Entry> first = agreements.get(0);
        Entry taken = first.get(0);
        faults.add(new Entry(
                taken.agreementId(),
                taken.event(),
                taken.sequence(),
                UUID.randomUUID().toString(),
                taken.recordedAt()));
        for (int gap = 1; gap <= 2; gap++) {
            List<Entry> agreement = agreements.get(gap);
            Entry last = agreement.get(agreement.size() - 1);
            faults.add(new Entry(
                    last.agreementId(),
                    Events.fieldAdded(last.agreementId(), "Space"),
                    last.sequence() + 2,
                    UUID.randomUUID().toString(),
                    last.recordedAt().plusSeconds(60)));
        }
        for (int unknown = 3; unknown <= 4; unknown++) {
            List<Entry> agreement = agreements.get(unknown);
            Entry last = agreement.get(agreement.size() - 1);
            faults.add(new Entry(
                    last.agreementId(),
                    null,
                    last.sequence() + 1,
                    UUID.randomUUID().toString(),
                    last.recordedAt().plusSeconds(60)));
        }
    }

    private String id(int index) {
        return prefix + String.format("%03d", index);
    }
}
