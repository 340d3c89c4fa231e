package org.cooperation.commandservice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Commands on an existing agreement, {@code POST /api/agreements/{id}/...}, and what they answer. */
abstract class AgreementCommandIT extends CommandServiceIT {

    /** Signs an agreement on the Joint Statement's terms, signed and effective on {@code signedOn}; returns its id. */
    String signed(String agreementId, LocalDate signedOn) {
        assertThat(post("/api/agreements", Requests.jointStatement(agreementId, signedOn), Map.of())
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        return agreementId;
    }

    /** Sends a command that must be accepted; returns the agreement's version after it. */
    long accepted(String agreementId, String command, String body) throws Exception {
        ResponseEntity<String> response = post("/api/agreements/" + agreementId + "/" + command, body, Map.of());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode result = json.readTree(response.getBody());
        assertThat(result.get("agreementId").asText()).isEqualTo(agreementId);
        assertThat(response.getHeaders().getETag())
                .isEqualTo("\"" + result.get("version").asLong() + "\"");
        return result.get("version").asLong();
    }

    /** Sends a command that must be refused with a problem detail and leave the record as it was. */
    JsonNode refused(String agreementId, String command, String body, HttpStatus expected) throws Exception {
        List<String> before = StoredEvents.of(jdbc, agreementId);
        ResponseEntity<String> response = post("/api/agreements/" + agreementId + "/" + command, body, Map.of());
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(expected);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(StoredEvents.of(jdbc, agreementId)).isEqualTo(before);
        return json.readTree(response.getBody());
    }
}
