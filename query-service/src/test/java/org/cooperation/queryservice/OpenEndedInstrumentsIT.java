package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementTerminated;
import org.cooperation.agreement.api.event.TerminationNoticeGiven;
import org.junit.jupiter.api.Test;

/**
 * An instrument that states no term (the Hannover Declaration) is open-ended: the read models say
 * so, show no end of term, keep meetings due year after year, and end it only on the day a notice
 * names. A signature published as version 1, when every agreement had a term, keeps its term.
 */
class OpenEndedInstrumentsIT extends QueryServiceIT {

    private static final LocalDate SIGNED_ON = LocalDate.parse("2017-03-19");

    @Test
    void showsAnOpenEndedInstrumentWithoutAnEndOfTerm() throws Exception {
        String id = "open-ended-hannover";
        publish(Events.signedOpenEnded(id, SIGNED_ON, 0), 0);

        JsonNode view = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 0);

        JsonNode term = view.get("agreement").get("term");
        assertThat(view.get("agreement").get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(term.get("openEnded").asBoolean()).isTrue();
        assertThat(term.has("termEndsOn")).isFalse();
        assertThat(term.has("policy")).isFalse();
        assertThat(term.get("extensionsLeft").asInt()).isZero();
        assertThat(view.get("meetingsSummary").get("nextDue").asText()).isEqualTo("2018-03-19");

        JsonNode listed =
                awaitJson("/api/agreements?party=DE-BMWI&sort=signedOn,desc&size=100", body -> item(body, id) != null);
        assertThat(item(listed, id).get("openEnded").asBoolean()).isTrue();
        assertThat(item(listed, id).path("termEndsOn").isMissingNode()
                        || item(listed, id).get("termEndsOn").isNull())
                .isTrue();
        JsonNode endingSometime = json.readTree(get("/api/agreements?party=DE-BMWI&endsBefore=9999-12-31&size=100")
                .getBody());
        assertThat(item(endingSometime, id))
                .as("no last day in force, so none before any date")
                .isNull();
    }

    @Test
    void endsAnOpenEndedInstrumentOnTheDayTheNoticeNames() throws Exception {
        String id = "open-ended-notice";
        AgreementId agreementId = AgreementId.of(id);
        publish(Events.signedOpenEnded(id, SIGNED_ON, 90), 0);
        publish(
                new TerminationNoticeGiven(
                        agreementId,
                        Events.METI.code(),
                        LocalDate.parse("2024-01-10"),
                        LocalDate.parse("2024-06-30"),
                        "METI note verbale"),
                1);
        publish(
                new AgreementTerminated(
                        agreementId, Events.METI.code(), LocalDate.parse("2024-06-30"), LocalDate.parse("2024-07-01")),
                2);

        JsonNode view = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 2);

        assertThat(view.get("agreement").get("status").asText()).isEqualTo("TERMINATED");
        assertThat(view.get("agreement").get("endedOn").asText()).isEqualTo("2024-07-01");
        assertThat(view.get("agreement").get("term").get("openEnded").asBoolean())
                .isTrue();
        assertThat(status(id, "2024-06-30")).isEqualTo("TERMINATION_PENDING");
        assertThat(status(id, "2024-07-01")).isEqualTo("TERMINATED");
        assertThat(status(id, "2024-01-09")).isEqualTo("IN_FORCE");
    }

    @Test
    void keepsTheTermOfASignaturePublishedAsVersion1() throws Exception {
        String id = "signed-as-version-1";
        Map<String, String> headers =
                headersOf(Events.signed(id), 0, UUID.randomUUID().toString(), Instant.now());
        headers.put(EventHeaders.TYPE, "org.cooperation.agreement.AgreementSigned.v1");
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, EventJson.write(Events.signed(id)));

        JsonNode view = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 0);

        JsonNode term = view.get("agreement").get("term");
        assertThat(term.get("openEnded").asBoolean()).isFalse();
        assertThat(term.get("termEndsOn").asText()).isEqualTo("2021-04-27");
        assertThat(term.get("extensionsLeft").asInt()).isEqualTo(1);
        JsonNode history = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events")
                .get(0);
        assertThat(history.get("type").asText()).isEqualTo("org.cooperation.agreement.AgreementSigned.v1");
    }

    private String status(String id, String asOf) throws Exception {
        return json.readTree(get("/api/agreements/" + id + "?asOf=" + asOf).getBody())
                .get("agreement")
                .get("status")
                .asText();
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("agreementId").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
