package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenTest {

    private static final Path DATA = Path.of("target", "token-test").toAbsolutePath();
    private static final Map<String, String> ENVIRONMENT = Map.of("LOCAL_DATA_DIR", DATA.toString());

    @Test
    void printsATokenForTheRoleSignedWithTheLocalRunsKey() throws Exception {
        JsonNode claims = claims(Token.issue(new String[] {"auditor"}, ENVIRONMENT));

        assertThat(claims.get("roles").get(0).asText()).isEqualTo("AUDITOR");
        assertThat(claims.has("party")).isFalse();
        assertThat(Files.isRegularFile(DATA.resolve("identity").resolve("public-key.pem")))
                .isTrue();
    }

    @Test
    void namesThePartyOfAPartner() throws Exception {
        JsonNode claims = claims(Token.issue(new String[] {"PARTNER", "jp-meti"}, ENVIRONMENT));

        assertThat(claims.get("party").asText()).isEqualTo("JP-METI");
    }

    @Test
    void refusesAPartnerWithoutAParty() {
        assertThatThrownBy(() -> Token.issue(new String[] {"PARTNER"}, ENVIRONMENT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("./token PARTNER JP-METI");
    }

    @Test
    void explainsItselfWhenCalledWithoutARole() {
        assertThatThrownBy(() -> Token.issue(new String[0], ENVIRONMENT)).hasMessageStartingWith("usage:");
    }

    private static JsonNode claims(String token) throws Exception {
        String payload = token.split("\\.")[1];
        return new ObjectMapper().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
