package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.contract.EventHeaders;
import org.cooperation.agreement.api.contract.EventJson;
import org.cooperation.agreement.api.contract.Topics;
import org.cooperation.agreement.api.event.RelatedAgreementLinked;
import org.junit.jupiter.api.Test;

/** Rule 12: a memorandum concluded under an instrument, and links published as version 1. */
class RelatedInstrumentsIT extends QueryServiceIT {

    @Test
    void showsAMemorandumConcludedUnderAnInstrumentOnBothSides() throws Exception {
        publish(
                Events.signed(
                        "under-hannover-2017",
                        LocalDate.parse("2017-03-19"),
                        List.of(Events.BMWI, Events.METI),
                        List.of()),
                0);
        publish(
                Events.signed(
                        "under-aist-dfki-2017",
                        LocalDate.parse("2017-03-19"),
                        List.of(Events.BMWI, Events.METI),
                        List.of()),
                0);
        publish(Events.link("under-aist-dfki-2017", "under-hannover-2017", Relation.CONCLUDED_UNDER, "2017-03-19"), 1);

        JsonNode memorandum = awaitJson(
                "/api/agreements/under-aist-dfki-2017",
                body -> body.path("agreement").path("version").asLong() == 1);
        JsonNode declaration = awaitJson(
                "/api/agreements/under-hannover-2017",
                body -> body.path("links").size() == 1);

        assertThat(memorandum.get("links").get(0).get("direction").asText()).isEqualTo("OUTGOING");
        assertThat(memorandum.get("links").get(0).get("relation").asText()).isEqualTo("CONCLUDED_UNDER");
        assertThat(declaration.get("links").get(0).get("direction").asText()).isEqualTo("INCOMING");
        assertThat(declaration.get("links").get(0).get("agreementId").asText()).isEqualTo("under-aist-dfki-2017");
        assertThat(declaration.get("links").get(0).get("relation").asText()).isEqualTo("CONCLUDED_UNDER");
    }

    @Test
    void showsALinkPublishedAsVersion1WithItsRelation() throws Exception {
        String id = "linked-as-version-1";
        publish(Events.signed(id), 0);
        RelatedAgreementLinked linked = Events.link(id, "jp-de-iot-2016", Relation.IMPLEMENTS, "2017-03-19");
        Map<String, String> headers = headersOf(linked, 1, UUID.randomUUID().toString(), Instant.now());
        headers.put(EventHeaders.TYPE, "org.cooperation.agreement.RelatedAgreementLinked.v1");
        publishRecord(Topics.AGREEMENT_EVENTS, id, headers, EventJson.write(linked));

        JsonNode view = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong() == 1);

        assertThat(view.get("links").get(0).get("relation").asText()).isEqualTo("IMPLEMENTS");
        JsonNode history = json.readTree(
                        get("/api/agreements/" + id + "/history").getBody())
                .get("events")
                .get(1);
        assertThat(history.get("type").asText()).isEqualTo("org.cooperation.agreement.RelatedAgreementLinked.v1");
    }
}
