package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.AgreementEvent;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.agreement.api.event.ContactNominated;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.cooperation.queryservice.projection.consuming.ConsumerConfig;
import org.junit.jupiter.api.Test;

/**
 * Events that an earlier command side accepted although the published language does not admit
 * them (a text with U+0000, a date of year 0 or 10000, a subject longer than any column) never
 * freeze their agreement: the read models store and show them, each character that is not
 * admitted shown as U+FFFD, and the events after them follow. One such event that an earlier
 * version of this service dead-lettered is healed by retrying it.
 */
class InadmissibleEventsIT extends QueryServiceIT {

    @Test
    void showsASignatureWithANullCharacterInItsTitle() throws Exception {
        String id = "nul-title";
        AgreementSigned signed = Events.signed(id);
        publish(
                new AgreementSigned(
                        signed.agreementId(),
                        "Joint\u0000Statement",
                        signed.kind(),
                        List.of(Events.BMWI, Events.METI),
                        signed.signedOn().earliest(),
                        "Tok\u0001yo",
                        signed.effectiveFrom().earliest(),
                        signed.term(),
                        signed.termEndsOn(),
                        signed.terminationNoticeDays(),
                        signed.meetings(),
                        List.of("R&D\u0000"),
                        null),
                0);
        publish(Events.fieldAdded(id, "Robotics"), 1);

        JsonNode shown = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 1);

        assertThat(shown.get("agreement").get("title").asText()).isEqualTo("Joint\ufffdStatement");
        assertThat(shown.get("agreement").get("fieldsOfCooperation").findValuesAsText("name"))
                .containsExactly("R&D\ufffd", "Robotics");
        JsonNode history = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events");
        assertThat(history.get(0).get("payload").get("title").asText()).isEqualTo("Joint\ufffdStatement");
        assertThat(deadLettersOf(id)).isZero();
    }

    @Test
    void showsDatesBeyondTheCalendarAndTheEventsAfterThem() throws Exception {
        String id = "far-dates";
        publish(Events.signed(id), 0);
        publish(
                new ContactNominated(AgreementId.of(id), Events.METI.code(), "Sato", null, null, LocalDate.of(0, 1, 1)),
                1);
        publish(Events.fieldAdded(id, "Space", LocalDate.of(10000, 1, 1)), 2);
        publish(
                new RelatedAgreementLinked(
                        AgreementId.of(id), AgreementId.of("far-away"), Relation.BUILDS_ON, LocalDate.of(-5, 3, 1)),
                3);
        publish(Events.fieldAdded(id, "Robotics"), 4);

        JsonNode shown = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 4);

        assertThat(shown.get("agreement").get("fieldsOfCooperation").findValuesAsText("name"))
                .contains("Space", "Robotics");
        JsonNode history = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events");
        assertThat(history).hasSize(5);
        assertThat(get("/api/agreements?party=JP-METI&size=100").getStatusCode().is2xxSuccessful())
                .isTrue();
        assertThat(deadLettersOf(id)).isZero();
    }

    @Test
    void showsWhoSentAnEventWhateverTheLengthAndCharactersOfTheHeaders() throws Exception {
        String id = "long-principal";
        AgreementEvent signed = Events.signed(id);
        Map<String, String> headers = headersOf(signed, 0, UUID.randomUUID().toString(), Instant.now());
        headers.put(EventHeaders.PRINCIPAL, "p".repeat(300) + "\u0000");
        headers.put(EventHeaders.CLIENT, "c".repeat(1000));
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, EventJson.write(signed));

        awaitJson("/api/agreements/" + id, body -> body.has("agreement"));

        JsonNode first = json.readTree(get("/api/agreements/" + id + "/history").getBody())
                .get("events")
                .get(0);
        assertThat(first.get("principal").asText()).isEqualTo("p".repeat(300) + "\ufffd");
        assertThat(first.get("client").asText()).hasSize(1000);
    }

    /** An earlier version of this service dead-lettered the event: retrying it now applies it. */
    @Test
    void healsAnEventDeadLetteredByAnEarlierVersionByRetryingIt() throws Exception {
        String id = "nul-dead-lettered";
        publish(Events.signed(id), 0);
        AgreementEvent missed = Events.fieldAdded(id, "Hydro\u0000gen");
        Map<String, String> deadLettered =
                headersOf(missed, 1, UUID.randomUUID().toString(), Instant.now());
        deadLettered.put(ConsumerConfig.REASON_HEADER, "ERROR: unsupported Unicode escape sequence");
        deadLettered.put("kafka_dlt-original-topic", Topics.AGREEMENT_EVENTS);
        publishRecord(Topics.AGREEMENT_EVENTS_DEAD_LETTERS, id, deadLettered, EventJson.write(missed));
        publish(Events.fieldAdded(id, "Robotics"), 2);
        JsonNode letters = awaitJson(
                "/api/admin/dead-letters?size=100",
                body -> body.get("items").findValuesAsText("agreementId").contains(id));
        long deadLetterId = -1;
        for (JsonNode letter : letters.get("items")) {
            if (id.equals(letter.path("agreementId").asText())) {
                deadLetterId = letter.get("id").asLong();
            }
        }

        assertThat(post("/api/admin/dead-letters/" + deadLetterId + "/retry")
                        .getStatusCode()
                        .is2xxSuccessful())
                .isTrue();

        JsonNode healed = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 2);
        assertThat(healed.get("agreement").get("fieldsOfCooperation").findValuesAsText("name"))
                .endsWith("Hydro\ufffdgen", "Robotics");
    }

    private long deadLettersOf(String agreementId) throws Exception {
        JsonNode letters = json.readTree(get("/api/admin/dead-letters?size=100").getBody());
        return letters.get("items").findValuesAsText("agreementId").stream()
                .filter(agreementId::equals)
                .count();
    }
}
