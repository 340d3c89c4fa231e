package org.cooperation.queryservice;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Term;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementVoided;
import org.cooperation.agreement.api.event.ExpiryRevoked;
import org.cooperation.agreement.api.event.FactRetracted;
import org.cooperation.agreement.api.event.TerminationRevoked;
import org.junit.jupiter.api.Test;

/**
 * Rule 17 on the read side, through the topic: after a correction the current state and every
 * business date show the corrected story, "as recorded at" an instant before the correction still
 * shows the mistake, and the history marks the retracted entry with who retracted it, when and why.
 */
class CorrectionsIT extends QueryServiceIT {

    private static final LocalDate TERM_END = LocalDate.parse("2021-04-27");
    private static final LocalDate EXTENDED_END = LocalDate.parse("2026-04-27");
    private static final Instant MISTAKE_RECORDED = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant CORRECTION_RECORDED = Instant.parse("2026-11-30T10:00:00Z");
    private static final String WHY = "BMWi's letter is dated 2021-02-01, not 2015-02-01 (registry file 2021/17)";

    /**
     * The statement's extension entered with BMWi's letter typed as 2015-02-01, later retracted by the
     * secretariat without a replacement: the term then ended in 2021, and the system records that.
     */
    @Test
    void showsTheCorrectedStoryNowAndTheMistakeAsRecordedBeforeTheCorrection() throws Exception {
        String id = "corrected-extension";
        // A field of its own finds it in the list among the other tests' agreements.
        publishAt(
                Events.signed(id, Events.SIGNED_ON, List.of(Events.BMWI, Events.METI), List.of(id)),
                0,
                "2016-05-02T09:00:00Z");
        publishAt(Events.expired(id, TERM_END), 1, "2021-04-28T00:00:05Z");
        publishAt(Events.expiryRevoked(id, TERM_END.plusDays(1)), 2, MISTAKE_RECORDED.toString());
        publishAt(
                Events.extended(id, "2015-02-01", "2021-02-10", TERM_END, new Term(5, 1, 5), 1),
                3,
                MISTAKE_RECORDED.toString());
        publishAt(Events.expired(id, EXTENDED_END), 4, "2026-04-28T00:00:01Z");
        publishAt(
                new FactRetracted(AgreementId.of(id), 3, "TermExtended", LocalDate.parse("2021-02-10"), WHY),
                5,
                CORRECTION_RECORDED.toString());
        publishAt(
                new ExpiryRevoked(AgreementId.of(id), EXTENDED_END.plusDays(1), "the extension was retracted"),
                6,
                CORRECTION_RECORDED.toString());
        publishAt(
                Events.expired(id, TERM_END),
                7,
                CORRECTION_RECORDED.plusSeconds(1).toString());
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 7);

        JsonNode current = json.readTree(get("/api/agreements/" + id).getBody()).get("agreement");
        assertThat(current.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(current.get("endedOn").asText()).isEqualTo("2021-04-28");
        assertThat(current.get("term").get("extensionsUsed").asInt()).isZero();

        JsonNode in2023 = view(id, "asOf=2023-01-01").get("agreement");
        assertThat(in2023.get("status").asText()).isEqualTo("EXPIRED");
        assertThat(in2023.get("term").get("termEndsOn").asText()).isEqualTo("2021-04-27");

        JsonNode in2023AsRecordedBefore = view(
                        id, "asOf=2023-01-01&recordedAsOf=" + CORRECTION_RECORDED.minusSeconds(1))
                .get("agreement");
        assertThat(in2023AsRecordedBefore.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(in2023AsRecordedBefore.get("term").get("termEndsOn").asText())
                .isEqualTo("2026-04-27");

        // The list as of a day (the timeline read model) tells the same stories.
        String list = "/api/agreements?field=" + id + "&asOf=2023-01-01";
        assertThat(listedStatus(list, id)).isEqualTo("EXPIRED");
        assertThat(listedStatus(list + "&recordedAsOf=" + CORRECTION_RECORDED.minusSeconds(1), id))
                .isEqualTo("IN_FORCE");

        JsonNode history = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events");
        JsonNode retracted = history.get(3);
        assertThat(retracted
                        .get("payload")
                        .get("consents")
                        .get(0)
                        .get("letterDate")
                        .asText())
                .isEqualTo("2015-02-01");
        assertThat(retracted.get("retractedBy").get("sequence").asLong()).isEqualTo(5);
        assertThat(retracted.get("retractedBy").get("recordedAt").asText()).isEqualTo(CORRECTION_RECORDED.toString());
        assertThat(retracted.get("retractedBy").get("principal").asText()).isEqualTo("secretariat-tool");
        assertThat(retracted.get("retractedBy").get("reason").asText()).isEqualTo(WHY);
        assertThat(history.get(2).has("retractedBy")).isFalse();

        // The files to keep mark it too, and say why the retraction was made.
        String csv = new String(
                bytes("/api/agreements/" + id + "/history", "text/csv").getBody(), UTF_8);
        assertThat(csv).contains("retracted by #5, recorded " + CORRECTION_RECORDED + " by secretariat-tool: " + WHY);
        try (PDDocument pdf =
                Loader.loadPDF(bytes("/api/agreements/" + id, "application/pdf").getBody())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Entered in error: retracted by #5, recorded " + CORRECTION_RECORDED)
                    .contains("Why: " + WHY)
                    .contains("The hash chain of the 8 entries verifies.");
        }
    }

    @Test
    void reinstatesTheContactAFalseNominationReplacedFromTheRetractionOn() throws Exception {
        String id = "corrected-contact";
        publishAt(Events.signed(id), 0, "2016-05-02T09:00:00Z");
        publishAt(Events.contact(id, Events.BMWI, "Anna Schmidt", "2017-01-10"), 1, "2017-01-11T09:00:00Z");
        publishAt(Events.contact(id, Events.BMWI, "Karl Meier", "2019-05-01"), 2, "2019-05-02T09:00:00Z");
        publishAt(
                new FactRetracted(
                        AgreementId.of(id),
                        2,
                        "ContactNominated",
                        LocalDate.parse("2019-05-01"),
                        "Karl Meier is METI's guest, not BMWi's contact"),
                3,
                "2020-01-05T09:00:00Z");
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 3);

        assertThat(contact(json.readTree(get("/api/agreements/" + id).getBody())))
                .isEqualTo("Anna Schmidt");
        assertThat(contact(view(id, "asOf=2019-06-01"))).isEqualTo("Anna Schmidt");
        assertThat(contact(view(id, "asOf=2019-06-01&recordedAsOf=2019-12-31T00:00:00Z")))
                .isEqualTo("Karl Meier");
    }

    @Test
    void showsAWithdrawalEnteredAfterTheTerminationAsTheTrueStory() throws Exception {
        String id = "late-withdrawal";
        publishAt(Events.signed(id), 0, "2016-05-02T09:00:00Z");
        publishAt(Events.noticeGiven(id, "2020-01-10", "2020-06-30"), 1, "2020-01-11T09:00:00Z");
        publishAt(Events.terminated(id, "2020-06-30"), 2, "2020-07-01T00:00:01Z");
        publishAt(
                new TerminationRevoked(AgreementId.of(id), LocalDate.parse("2020-07-01"), "withdrawn in time"),
                3,
                "2020-09-01T09:00:00Z");
        publishAt(Events.noticeWithdrawn(id, "2020-03-01"), 4, "2020-09-01T09:00:00Z");
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 4);

        assertThat(status(json.readTree(get("/api/agreements/" + id).getBody())))
                .isEqualTo("IN_FORCE");
        assertThat(status(view(id, "asOf=2020-02-01"))).isEqualTo("TERMINATION_PENDING");
        assertThat(status(view(id, "asOf=2020-08-01"))).isEqualTo("IN_FORCE");
        assertThat(status(view(id, "asOf=2020-08-01&recordedAsOf=2020-08-01T00:00:00Z")))
                .isEqualTo("TERMINATED");
    }

    @Test
    void showsAVoidedAgreementAsVoidedOnEveryDateAndInTheList() throws Exception {
        String id = "voided-agreement";
        Party party = Events.party("DE-VOIDED", "DE");
        publishAt(
                Events.signed(id, Events.SIGNED_ON, List.of(party, Events.METI), List.of()), 0, "2016-05-02T09:00:00Z");
        publishAt(
                new AgreementVoided(AgreementId.of(id), Events.SIGNED_ON, "entered twice"), 1, "2016-05-03T09:00:00Z");
        awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 1);

        assertThat(status(json.readTree(get("/api/agreements/" + id).getBody())))
                .isEqualTo("VOIDED");
        assertThat(status(view(id, "asOf=2016-04-28"))).isEqualTo("VOIDED");
        assertThat(json.readTree(get("/api/agreements/" + id).getBody())
                        .path("meetingsSummary")
                        .path("nextDue")
                        .isMissingNode())
                .isTrue();
        assertThat(json.readTree(get("/api/agreements?status=VOIDED&size=100").getBody())
                        .toString())
                .contains(id);
        assertThat(listedStatus("/api/agreements?party=DE-VOIDED&asOf=2017-01-01", id))
                .isEqualTo("VOIDED");
        assertThat(listedStatus(
                        "/api/agreements?party=DE-VOIDED&asOf=2017-01-01&recordedAsOf=2016-05-02T12:00:00Z", id))
                .isEqualTo("IN_FORCE");

        // Void from the start: nothing ever fell due, so no deadline and no calendar event.
        assertThat(json.readTree(get("/api/agreements/" + id).getBody()).path("deadlines"))
                .isEmpty();
        assertThat(json.readTree(get("/api/deadlines?from=2016-01-01&to=2025-12-31&party=DE-VOIDED")
                                .getBody())
                        .toString())
                .doesNotContain(id);
        assertThat(new String(
                        bytes("/api/deadlines?from=2016-01-01&to=2025-12-31&party=DE-VOIDED", "text/calendar")
                                .getBody(),
                        UTF_8))
                .doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void noLongerShowsARetractedLinkOnTheAgreementItPointedTo() throws Exception {
        String linking = "retracted-link-from";
        String linked = "retracted-link-to";
        publishAt(Events.signed(linked), 0, "2016-05-02T09:00:00Z");
        publishAt(Events.signed(linking), 0, "2017-03-20T09:00:00Z");
        publishAt(Events.link(linking, linked, Relation.SUPERSEDES, "2017-03-19"), 1, "2017-03-21T09:00:00Z");
        publishAt(
                new FactRetracted(
                        AgreementId.of(linking),
                        1,
                        "RelatedAgreementLinked",
                        LocalDate.parse("2017-03-19"),
                        "The declaration builds on the statement; it supersedes nothing"),
                2,
                "2018-01-10T09:00:00Z");
        awaitJson(
                "/api/agreements/" + linking,
                body -> body.path("agreement").path("version").asLong() == 2);

        assertThat(json.readTree(get("/api/agreements/" + linking).getBody())
                        .get("agreement")
                        .get("links"))
                .isEmpty();
        assertThat(get("/api/agreements/" + linked).getBody()).doesNotContain(linking);
        assertThat(get("/api/agreements/" + linked + "?recordedAsOf=2017-12-31T00:00:00Z")
                        .getBody())
                .contains(linking);
    }

    private String listedStatus(String list, String id) throws Exception {
        for (JsonNode item : json.readTree(get(list).getBody()).path("items")) {
            if (item.path("agreementId").asText().equals(id)) {
                return item.path("status").asText();
            }
        }
        throw new AssertionError(id + " is not in " + list);
    }

    private JsonNode view(String id, String query) throws Exception {
        return json.readTree(get("/api/agreements/" + id + "?" + query).getBody());
    }

    private static String status(JsonNode view) {
        return view.get("agreement").get("status").asText();
    }

    private static String contact(JsonNode view) {
        return view.get("agreement").get("contacts").get("DE-BMWI").get("name").asText();
    }

    private void publishAt(AgreementEvent event, long sequence, String recordedAt) {
        publish(event, sequence, UUID.randomUUID().toString(), Instant.parse(recordedAt));
    }
}
