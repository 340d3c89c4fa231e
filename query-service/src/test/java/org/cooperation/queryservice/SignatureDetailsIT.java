package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.cooperation.agreement.api.AgreementId;
import org.cooperation.agreement.api.AgreementKind;
import org.cooperation.agreement.api.BusinessDate;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.MeetingPolicy;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.Witness;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.junit.jupiter.api.Test;

/** Rule 1 and 2 as the sources state them: on behalf of a party, witnesses, no invented signatory or place. */
class SignatureDetailsIT extends QueryServiceIT {

    @Test
    void showsASignatoryOnBehalfOfAPartyAndTheWitnessesNowAndAsOfTheSignature() throws Exception {
        String id = "shown-details-moc";
        publish(
                new AgreementSigned(
                        AgreementId.of(id),
                        "Japan-India MOC",
                        AgreementKind.MEMORANDUM_OF_COOPERATION,
                        List.of(
                                Events.METI,
                                new Party(
                                        PartyCode.of("IN-MEITY"),
                                        "Ministry of Electronics and Information Technology",
                                        CountryCode.of("IN"),
                                        new Signatory("Sujan R. Chinoy", "Ambassador of India to Japan", true))),
                        BusinessDate.of(LocalDate.parse("2018-10-29")),
                        "Tokyo",
                        BusinessDate.of(LocalDate.parse("2018-10-29")),
                        null,
                        null,
                        0,
                        MeetingPolicy.NONE,
                        List.of(),
                        null,
                        List.of(
                                new Witness("Shinzo Abe", "Prime Minister of Japan"),
                                new Witness("Narendra Modi", "Prime Minister of India"))),
                0);

        JsonNode now = awaitJson(
                "/api/agreements/" + id,
                body -> body.path("agreement").path("version").asLong(-1) == 0);
        JsonNode then =
                json.readTree(get("/api/agreements/" + id + "?asOf=2018-10-29").getBody());

        for (JsonNode view : List.of(now, then)) {
            JsonNode agreement = view.get("agreement");
            assertThat(agreement.at("/parties/1/signatory/onBehalf").asBoolean())
                    .isTrue();
            assertThat(agreement.at("/parties/0/signatory").has("onBehalf")).isFalse();
            assertThat(agreement.at("/witnesses/0/name").asText()).isEqualTo("Shinzo Abe");
            assertThat(agreement.at("/witnesses/1/title").asText()).isEqualTo("Prime Minister of India");
        }
    }

    @Test
    void showsNoSignatoryAndNoPlaceWhereTheSourceNamesNone() throws Exception {
        String id = "shown-details-centre";
        publish(
                new AgreementSigned(
                        AgreementId.of(id),
                        "EU-Japan Centre",
                        AgreementKind.JOINT_VENTURE,
                        List.of(
                                new Party(PartyCode.of("EU-COM"), "European Commission", CountryCode.of("EU"), null),
                                new Party(
                                        PartyCode.of("JP-METI"),
                                        "Ministry of Economy, Trade and Industry",
                                        CountryCode.of("JP"),
                                        null)),
                        BusinessDate.parse("1987"),
                        null,
                        BusinessDate.parse("1987"),
                        null,
                        null,
                        0,
                        MeetingPolicy.NONE,
                        List.of(),
                        null,
                        List.of()),
                0);

        JsonNode agreement = awaitJson(
                        "/api/agreements/" + id,
                        body -> body.path("agreement").path("version").asLong(-1) == 0)
                .get("agreement");

        assertThat(agreement.has("place")).isFalse();
        assertThat(agreement.at("/parties/0").has("signatory")).isFalse();
        assertThat(agreement.get("witnesses")).isEmpty();
        assertThat(agreement.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(agreement.get("signedOn").asText())
                .as("established in 1987, as given")
                .isEqualTo("1987");
        assertThat(agreement.at("/term/effectiveFrom").asText()).isEqualTo("1987");
        assertThat(json.readTree(get("/api/agreements?asOf=1987-12-30").getBody())
                        .toString())
                .as("not surely signed before the last day of 1987")
                .doesNotContain(id);
        assertThat(json.readTree(get("/api/agreements/" + id + "?asOf=1987-12-31")
                                .getBody())
                        .at("/agreement/signedOn")
                        .asText())
                .isEqualTo("1987");
        JsonNode listed = json.readTree(get("/api/agreements?party=EU-COM").getBody());
        assertThat(listed.toString()).contains("\"signedOn\":\"1987\"");
    }
}
