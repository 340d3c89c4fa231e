package org.cooperation.benchmark;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every command kind, in an order in which each is valid on a seeded agreement: the everyday
 * record first, then an extension, a notice and its withdrawal (the three that move deadlines).
 * A signature makes a new agreement of its own.
 */
final class ScaleCommands {

    /** One kind of command: its name (as in README's command table) and its request for an agreement. */
    record Kind(String name, String pathAfterId, String body) {
        String path(String agreementId) {
            return pathAfterId == null ? "/api/agreements" : "/api/agreements/" + agreementId + pathAfterId;
        }
    }

    private ScaleCommands() {}

    static final String SIGN = "SignAgreement";

    /** The kinds sent to one seeded agreement, in this order; {@code n} keeps names unique. */
    static List<Kind> onSeeded(int n) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return List.of(
                new Kind("AddFieldOfCooperation", "/fields", """
                        {"field": "Field %d", "addedOn": "%s"}""".formatted(n, today)),
                new Kind("RecordMilestone", "/milestones", """
                        {"date": "%s", "title": "Milestone %d", "field": "Industrial cyber security",
                         "references": ["ref-%d"]}""".formatted(today, n, n)),
                new Kind("AdmitParticipant", "/participants", """
                        {"name": "Institute %d", "kind": "RESEARCH_INSTITUTE", "country": "JP", "joinedOn": "%s"}""".formatted(n, today)),
                new Kind("NominateContact", "/contacts", """
                        {"party": "JP-METI", "name": "Contact %d", "role": "Director", "email": "c%d@example.org"}""".formatted(n, n)),
                new Kind("RecordAnnualMeeting", "/annual-meetings", """
                        {"heldOn": "%s", "hostCountry": "DE", "city": "Berlin", "level": "Director-General",
                         "attendees": ["Plattform Industrie 4.0"], "outcomes": ["Work plan %d agreed"]}""".formatted(today, n)),
                new Kind("LinkRelatedAgreement", "/links", """
                        {"relatedAgreementId": "%s", "relation": "BUILDS_ON", "linkedOn": "%s"}""".formatted(ScaleSeed.id(0), today)),
                new Kind("ExtendTerm", "/extensions", """
                        {"consents": [{"party": "DE-BMWI", "letterDate": "%1$s", "reference": "BMWi letter"},
                                      {"party": "JP-METI", "letterDate": "%1$s", "reference": "METI letter"}]}""".formatted(today)),
                new Kind("TerminateWithNotice", "/termination-notices", """
                        {"party": "JP-METI", "noticeDate": "%s", "endsOn": "%s", "reference": "METI letter"}""".formatted(today, today.plusYears(1))),
                new Kind("WithdrawTerminationNotice", "/termination-notices/withdrawal", """
                        {"party": "JP-METI", "withdrawnOn": "%s", "reference": "METI letter"}""".formatted(today)));
    }

    /** A new agreement, under an id the seed's count does not include. */
    static Kind sign(String id) {
        return new Kind(SIGN, null, CommandMix.sign(id));
    }
}
