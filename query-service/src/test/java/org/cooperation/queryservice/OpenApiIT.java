package org.cooperation.queryservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class OpenApiIT extends QueryServiceIT {

    @Test
    void describesEveryEndpointOfTheQueryApi() throws Exception {
        JsonNode document = json.readTree(get("/v3/api-docs").getBody());

        assertThat(document.get("info").get("title").asText()).isEqualTo("Cooperation agreements: query API");
        JsonNode programme = document.at("/components/schemas/Programme/properties");
        assertThat(programme.at("/launchedOn/type").asText()).isEqualTo("string");
        assertThat(programme.at("/launchedOn/pattern").asText()).contains("[0-9]{4}");
        assertThat(programme.at("/runningBy/pattern").asText()).contains("[0-9]{4}");
        assertThat(programme.at("/years/items/$ref").asText()).endsWith("ProgrammeYear");
        assertThat(document.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/agreements",
                        "/api/agreements/{agreementId}",
                        "/api/agreements/{agreementId}/history",
                        "/api/agreements/{agreementId}/verification",
                        "/api/agreements/{agreementId}/meetings",
                        "/api/admin/dead-letters",
                        "/api/admin/dead-letters/{id}/retry",
                        "/api/admin/held-events",
                        "/api/admin/rebuild",
                        "/api/deadlines",
                        "/api/calendar-feeds",
                        "/api/calendar-feeds/{feedId}",
                        "/calendar/{secret}.ics");
        assertThat(document.get("paths")
                        .get("/api/agreements/{agreementId}")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .fieldNames())
                .toIterable()
                .contains("application/json", "application/pdf");
        assertThat(document.get("paths")
                        .get("/api/agreements/{agreementId}/history")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .fieldNames())
                .toIterable()
                .contains("application/json", "text/csv");
        assertThat(document.get("paths")
                        .get("/api/agreements")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .fieldNames())
                .toIterable()
                .contains("application/json", "text/csv");
        assertThat(document.get("paths")
                        .get("/api/deadlines")
                        .get("get")
                        .get("responses")
                        .get("200")
                        .get("content")
                        .fieldNames())
                .toIterable()
                .contains("application/json", "text/calendar");
        assertThat(document.get("paths")
                        .get("/api/agreements/{agreementId}")
                        .get("get")
                        .get("parameters")
                        .findValuesAsText("name"))
                .contains("asOf", "recordedAsOf", "minVersion");
        assertThat(document.get("paths")
                        .get("/api/agreements")
                        .get("get")
                        .get("parameters")
                        .findValuesAsText("name"))
                .contains("asOf", "recordedAsOf", "status", "meetingOverdue", "sort");
    }

    @Test
    void servesTheBrowsableDocumentation() {
        assertThat(get("/swagger-ui/index.html").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
