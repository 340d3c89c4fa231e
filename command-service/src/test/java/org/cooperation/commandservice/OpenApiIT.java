package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class OpenApiIT extends CommandServiceIT {

    @Test
    void describesTheCommandApi() throws Exception {
        JsonNode document =
                json.readTree(http.getForEntity("/v3/api-docs", String.class).getBody());

        assertThat(document.get("info").get("title").asText()).isEqualTo("Cooperation agreements: command API");
        assertThat(document.get("paths").fieldNames())
                .toIterable()
                .contains(
                        "/api/agreements",
                        "/api/agreements/{agreementId}/programmes",
                        "/api/agreements/{agreementId}/programmes/{programmeId}/years",
                        "/api/agreements/{agreementId}/programmes/{programmeId}/closing",
                        "/api/agreements/{id}/verification",
                        "/api/admin/verifications",
                        "/api/checkpoints/latest",
                        "/api/checkpoints/keys",
                        "/api/log/inclusion",
                        "/api/log/consistency");
        JsonNode launch = document.at("/components/schemas/LaunchProgrammeRequest");
        assertThat(launch.at("/properties/runningBy/pattern").asText()).contains("[0-9]{4}");
        assertThat(launch.at("/properties/runningBy/description").asText()).contains("launchedOn is absent");
        assertThat(launch.path("required").toString())
                .as("one of launchedOn and runningBy")
                .doesNotContain("launchedOn", "runningBy");
    }

    @Test
    void servesTheBrowsableDocumentation() {
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
