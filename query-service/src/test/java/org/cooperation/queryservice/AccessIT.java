package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.queryservice.ProblemAssertions.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cooperation.agreement.api.CountryCode;
import org.cooperation.agreement.api.Party;
import org.cooperation.agreement.api.PartyCode;
import org.cooperation.agreement.api.Relation;
import org.cooperation.agreement.api.Signatory;
import org.cooperation.agreement.api.event.AgreementSigned;
import org.cooperation.websecurity.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Auditors and the secretariat read every agreement; a partner reads only its own party's, and
 * another party's agreement looks to it exactly like one that does not exist.
 */
class AccessIT extends QueryServiceIT {

    private static final String METI = IDENTITY.token(Roles.PARTNER, "JP-METI");
    private static final String MEITY = IDENTITY.token(Roles.PARTNER, "IN-MEITY");

    @BeforeEach
    void recordTwoAgreements() throws Exception {
        if (!get("/api/agreements/access-jp-in-digital").getStatusCode().is2xxSuccessful()) {
            publish(Events.signed("access-jp-de-iot"), 0);
            publish(signedBetween("access-jp-in-digital", "IN-MEITY", "JP-METI"), 0);
            publish(signedBetween("access-de-fr-hydrogen", "DE-BMWI", "FR-MEF"), 0);
            awaitJson("/api/agreements/access-de-fr-hydrogen", body -> body.has("agreement"));
            awaitJson("/api/agreements/access-jp-in-digital", body -> body.has("agreement"));
            awaitJson("/api/agreements/access-jp-de-iot", body -> body.has("agreement"));
        }
    }

    @Test
    void refusesAReadWithoutAToken() throws Exception {
        HttpResponse<String> response = withoutToken("/api/agreements/access-jp-de-iot");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json.readTree(response.body()).get("type").asText()).endsWith(":unauthenticated");
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        String expired = IDENTITY.token(
                "auditor", "desk", List.of(Roles.AUDITOR), null, Instant.now().minusSeconds(120));

        problem(get("/api/agreements/access-jp-de-iot", expired), HttpStatus.UNAUTHORIZED);
    }

    @Test
    void refusesATokenWithoutExpiryOrForAnotherAudience() throws Exception {
        Map<String, Object> noExpiry = IDENTITY.claims(
                "auditor", "desk", List.of(Roles.AUDITOR), null, Instant.now().plusSeconds(600));
        noExpiry.remove("exp");
        Map<String, Object> forMail = IDENTITY.claims(
                "auditor", "desk", List.of(Roles.AUDITOR), null, Instant.now().plusSeconds(600));
        forMail.put("aud", "mail");

        ResponseEntity<String> withoutExpiry = get("/api/agreements/access-jp-de-iot", IDENTITY.sign(noExpiry));
        ResponseEntity<String> elsewhere = get("/api/agreements/access-jp-de-iot", IDENTITY.sign(forMail));

        assertThat(problem(withoutExpiry, HttpStatus.UNAUTHORIZED)
                        .get("claims")
                        .get(0)
                        .asText())
                .isEqualTo("exp");
        assertThat(problem(elsewhere, HttpStatus.UNAUTHORIZED)
                        .get("claims")
                        .get(0)
                        .asText())
                .isEqualTo("aud");
        assertThat(withoutExpiry.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .contains("invalid_token");
    }

    @Test
    void letsAnAuditorReadEveryAgreementAndItsHistory() {
        String auditor = IDENTITY.token(Roles.AUDITOR, null);

        assertThat(get("/api/agreements/access-de-fr-hydrogen", auditor).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/agreements/access-jp-de-iot/history", auditor).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void letsTheSecretariatRead() {
        assertThat(get("/api/agreements/access-de-fr-hydrogen", IDENTITY.token(Roles.SECRETARIAT, null))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void letsAPartnerReadItsOwnAgreementsAndTheirHistory() throws Exception {
        assertThat(get("/api/agreements/access-jp-de-iot", METI).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/agreements/access-jp-in-digital", METI).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        JsonNode history = json.readTree(
                get("/api/agreements/access-jp-in-digital/history", MEITY).getBody());
        assertThat(history.get("events").size()).isOne();
    }

    @Test
    void answersAPartnerAboutAnotherPartysAgreementAsIfItDidNotExist() throws Exception {
        JsonNode hidden = problem(get("/api/agreements/access-jp-de-iot", MEITY), HttpStatus.NOT_FOUND);
        JsonNode missing = problem(get("/api/agreements/access-unknown-one", MEITY), HttpStatus.NOT_FOUND);

        assertThat(hidden.get("type")).isEqualTo(missing.get("type"));
        assertThat(hidden.get("title")).isEqualTo(missing.get("title"));
        assertThat(hidden.get("detail").asText().replace("access-jp-de-iot", "access-unknown-one"))
                .isEqualTo(missing.get("detail").asText());
        problem(get("/api/agreements/access-jp-de-iot/history", MEITY), HttpStatus.NOT_FOUND);
        problem(get("/api/agreements/access-de-fr-hydrogen/meetings", METI), HttpStatus.NOT_FOUND);
    }

    /**
     * The safe rule: a partner sees a related agreement's id only where it is itself a party to
     * that agreement, in either direction, now, as of a date, as recorded at an instant and in the
     * history; the auditor sees every link.
     */
    @Test
    void namesToAPartnerOnlyTheLinkedAgreementsItIsAPartyTo() throws Exception {
        publish(Events.signed("scope-meti-own"), 0);
        publish(signedBetween("scope-de-fr-other", "DE-BMWI", "FR-MEF"), 0);
        publish(signedBetween("scope-jp-in-shared", "IN-MEITY", "JP-METI"), 0);
        publish(Events.link("scope-de-fr-other", "scope-meti-own", Relation.BUILDS_ON, "2017-03-19"), 1);
        publish(Events.link("scope-meti-own", "scope-de-fr-other", Relation.IMPLEMENTS, "2017-03-20"), 1);
        publish(Events.link("scope-jp-in-shared", "scope-meti-own", Relation.BUILDS_ON, "2017-03-21"), 1);
        JsonNode audited = awaitJson(
                "/api/agreements/scope-meti-own", body -> body.path("links").size() == 3);
        assertThat(audited.get("links").findValuesAsText("agreementId")).contains("scope-de-fr-other");
        String now = Instant.now().plusSeconds(1).toString();
        Thread.sleep(1000);

        for (String view :
                List.of("", "?asOf=2020-01-01", "?recordedAsOf=" + now, "?asOf=2020-01-01&recordedAsOf=" + now)) {
            ResponseEntity<String> answer = get("/api/agreements/scope-meti-own" + view, METI);
            assertThat(answer.getStatusCode()).as(view).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(view).doesNotContain("scope-de-fr-other");
            assertThat(json.readTree(answer.getBody()).get("links").findValuesAsText("agreementId"))
                    .as(view)
                    .containsExactly("scope-jp-in-shared");
        }
        ResponseEntity<String> history = get("/api/agreements/scope-meti-own/history", METI);
        assertThat(history.getBody()).doesNotContain("scope-de-fr-other");
        assertThat(json.readTree(history.getBody()).get("events").findValuesAsText("sequence"))
                .containsExactly("0");
        assertThat(get("/api/agreements/scope-meti-own/history", IDENTITY.token(Roles.AUDITOR, null))
                        .getBody())
                .contains("scope-de-fr-other");
        assertThat(get("/api/agreements/scope-jp-in-shared/history", METI).getBody())
                .contains("scope-meti-own");
    }

    @Test
    void refusesAPartnerTokenThatNamesNoParty() throws Exception {
        String partyless = IDENTITY.token(
                "partner", "desk", List.of(Roles.PARTNER), null, Instant.now().plusSeconds(600));
        String malformed = IDENTITY.token(
                "partner", "desk", List.of(Roles.PARTNER), "meti", Instant.now().plusSeconds(600));

        problem(get("/api/agreements/access-jp-de-iot", partyless), HttpStatus.FORBIDDEN);
        problem(get("/api/agreements/access-jp-de-iot", malformed), HttpStatus.FORBIDDEN);
    }

    @Test
    void listsToAPartnerOnlyItsOwnAgreements() throws Exception {
        assertThat(listedIds(MEITY))
                .contains("access-jp-in-digital")
                .doesNotContain("access-jp-de-iot", "access-de-fr-hydrogen");
        assertThat(listedIds(METI))
                .contains("access-jp-in-digital", "access-jp-de-iot")
                .doesNotContain("access-de-fr-hydrogen");
        assertThat(listedIds(IDENTITY.token(Roles.AUDITOR, null)))
                .contains("access-jp-in-digital", "access-jp-de-iot", "access-de-fr-hydrogen");
    }

    @Test
    void refusesAPartnerAskingForAnotherPartysList() throws Exception {
        JsonNode problem = problem(get("/api/agreements?party=DE-BMWI", METI), HttpStatus.FORBIDDEN);

        assertThat(problem.get("detail").asText()).contains("JP-METI");
    }

    @Test
    void refusesATokenWithARoleItDoesNotKnow() throws Exception {
        problem(get("/api/agreements/access-jp-de-iot", IDENTITY.token("VISITOR", null)), HttpStatus.FORBIDDEN);
    }

    @Test
    void keepsOperationalViewsFromPartners() throws Exception {
        problem(get("/api/admin/dead-letters", METI), HttpStatus.FORBIDDEN);
        assertThat(get("/api/admin/dead-letters", IDENTITY.token(Roles.AUDITOR, null))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void letsOnlyTheSecretariatChangeAnything() throws Exception {
        problem(
                send(HttpMethod.POST, "/api/agreements/access-jp-de-iot", IDENTITY.token(Roles.AUDITOR, null)),
                HttpStatus.FORBIDDEN);
        problem(send(HttpMethod.POST, "/api/admin/rebuild", IDENTITY.token(Roles.AUDITOR, null)), HttpStatus.FORBIDDEN);
        problem(
                send(HttpMethod.POST, "/api/agreements/access-jp-de-iot", IDENTITY.token(Roles.SECRETARIAT, null)),
                HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void keepsHealthAndTheApiDescriptionOpen() throws Exception {
        assertThat(withoutToken("/actuator/health").statusCode()).isEqualTo(200);
        HttpResponse<String> description = withoutToken("/v3/api-docs");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(json.readTree(description.body())
                        .path("components")
                        .path("securitySchemes")
                        .has("bearer"))
                .isTrue();
    }

    private List<String> listedIds(String token) throws Exception {
        JsonNode page = json.readTree(get("/api/agreements?size=100", token).getBody());
        List<String> ids = new java.util.ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("agreementId").asText()));
        return ids;
    }

    /** Past the test template, which would add the default token. */
    private HttpResponse<String> withoutToken(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private ResponseEntity<String> send(HttpMethod method, String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    private static AgreementSigned signedBetween(String agreementId, String first, String second) {
        AgreementSigned template = Events.signed(agreementId);
        List<Party> parties = List.of(party(first), party(second));
        return new AgreementSigned(
                template.agreementId(),
                template.title(),
                template.kind(),
                parties,
                template.signedOn().earliest(),
                template.place(),
                template.effectiveFrom().earliest(),
                template.term(),
                template.termEndsOn(),
                template.terminationNoticeDays(),
                template.meetings(),
                template.fieldsOfCooperation(),
                template.financialArrangement());
    }

    private static Party party(String code) {
        return new Party(
                PartyCode.of(code),
                "Ministry " + code,
                CountryCode.of(code.substring(0, 2)),
                new Signatory("Signatory of " + code, "Minister"));
    }
}
