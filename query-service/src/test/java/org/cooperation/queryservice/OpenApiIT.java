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
        assertThat(document.get("paths").fieldNames()).toIterable().contains(
                "/api/agreements",
                "/api/agreements/{agreementId}",
                "/api/agreements/{agreementId}/history",
                "/api/agreements/{agreementId}/verification",
                "/api/agreements/{agreementId}/meetings",
                "/api/admin/dead-letters",
                "/api/admin/dead-letters/{id}/retry",
                "/api/admin/held-events",
                "/api/admin/rebuild");
        assertThat(document.get("paths").get("/api/agreements/{agreementId}").get("get").get("parameters")
                .findValuesAsText("name")).contains("asOf", "recordedAsOf", "minVersion");
    }

    @Test
    void servesTheBrowsableDocumentation() {
        assertThat(get("/swagger-ui/index.html").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
