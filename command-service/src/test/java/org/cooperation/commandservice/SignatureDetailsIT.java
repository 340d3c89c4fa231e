package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.cooperation.agreement.api.contract.PublishedSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Through HTTP and the topic: a signatory on behalf of a party and the witnesses (the Japan–India
 * MOC), parties without signatory and a signature without place (the EU–Japan Centre).
 */
class SignatureDetailsIT extends AgreementCommandIT {

    @Test
    void publishesASignatoryOnBehalfOfAPartyAndTheWitnesses() throws Exception {
        String id = "details-moc";
        String body = OpenEndedInstrumentIT.digitalPartnership(id)
                .replace(
                        "\"title\": \"Ambassador of India to Japan\" }",
                        "\"title\": \"Ambassador of India to Japan\", \"onBehalf\": true }")
                .replace("\"place\": \"Tokyo\",", """
                        "place": "Tokyo",
                        "witnesses": [ { "name": "Shinzo Abe", "title": "Prime Minister of Japan" },
                                       { "name": "Narendra Modi", "title": "Prime Minister of India" } ],""");
        ResponseEntity<String> response = post("/api/agreements", body, Map.of());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);

        JsonNode payload = published(id);
        assertThat(payload.at("/parties/1/signatory/onBehalf").asBoolean()).isTrue();
        assertThat(payload.at("/parties/0/signatory").has("onBehalf"))
                .as("false is left out")
                .isFalse();
        assertThat(payload.at("/witnesses/1/name").asText()).isEqualTo("Narendra Modi");
        assertThat(PublishedSchemas.violations("org.cooperation.agreement.AgreementSigned.v4", payload))
                .isEmpty();
    }

    @Test
    void publishesPartiesWithoutSignatoryAndNoPlaceWhereTheSourceNamesNone() throws Exception {
        String id = "details-centre";
        ResponseEntity<String> response = post("/api/agreements", """
                { "agreementId": "%s", "title": "EU-Japan Centre for Industrial Cooperation", "kind": "JOINT_VENTURE",
                  "parties": [
                    { "code": "EU-COM", "name": "European Commission", "country": "EU" },
                    { "code": "JP-METI", "name": "Ministry of Economy, Trade and Industry", "country": "JP" } ],
                  "signedOn": "1987", "terminationNoticeDays": 0 }""".formatted(id), Map.of());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);

        JsonNode payload = published(id);
        assertThat(payload.at("/signedOn").asText())
                .as("\"established in 1987\", as given")
                .isEqualTo("1987");
        assertThat(payload.at("/effectiveFrom").asText()).isEqualTo("1987");
        assertThat(payload.has("place")).isFalse();
        assertThat(payload.has("witnesses")).isFalse();
        assertThat(payload.at("/parties/0").has("signatory")).isFalse();
        assertThat(PublishedSchemas.violations("org.cooperation.agreement.AgreementSigned.v4", payload))
                .isEmpty();
    }

    @Test
    void refusesATermFromADateKnownOnlyToTheYearWithARuleOfItsOwnAndRecordsNothing() throws Exception {
        String id = "details-centre-term";
        String centre = """
                { "agreementId": "%s", "title": "EU-Japan Centre for Industrial Cooperation", "kind": "JOINT_VENTURE",
                  "parties": [
                    { "code": "EU-COM", "name": "European Commission", "kind": "INTERNATIONAL_ORGANISATION", "country": "EU" },
                    { "code": "JP-METI", "name": "Ministry of Economy, Trade and Industry", "country": "JP" } ],
                  "signedOn": "1987", %s"terminationNoticeDays": 0 }""";
        ResponseEntity<String> refused = post(
                "/api/agreements",
                centre.formatted(id, "\"term\": { \"initialYears\": 5, \"maxExtensions\": 0 }, "),
                Map.of());
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(refused.getBody());
        assertThat(problem.get("rule").asText()).isEqualTo("term-from-a-day");
        assertThat(problem.get("field").asText()).isEqualTo("effectiveFrom");

        ResponseEntity<String> tooVague =
                post("/api/agreements", centre.formatted(id, "\"effectiveFrom\": \"1987-06-01\", "), Map.of());
        assertThat(tooVague.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(tooVague.getBody()).get("rule").asText()).isEqualTo("date-too-vague");

        assertThat(post("/api/agreements", centre.formatted(id, ""), Map.of()).getStatusCode())
                .as("the refusals recorded nothing under that id")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void refusesABlankPlaceAndAWitnessWithoutName() throws Exception {
        ResponseEntity<String> blank = post(
                "/api/agreements",
                OpenEndedInstrumentIT.digitalPartnership("details-blank")
                        .replace("\"place\": \"Tokyo\"", "\"place\": \"  \""),
                Map.of());
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(blank.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("place");

        ResponseEntity<String> nameless = post(
                "/api/agreements",
                OpenEndedInstrumentIT.digitalPartnership("details-nameless")
                        .replace(
                                "\"place\": \"Tokyo\",",
                                "\"place\": \"Tokyo\", \"witnesses\": [ { \"title\": \"Prime Minister\" } ],"),
                Map.of());
        assertThat(nameless.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(nameless.getBody())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asText())
                .isEqualTo("witnesses[0].name");
    }

    private JsonNode published(String id) throws Exception {
        return json.readTree(AgreementTopic.recordsOf(bootstrapServers, id, 1, Duration.ofSeconds(30))
                .get(0)
                .value());
    }
}
