package org.cooperation.commandservice.idempotency;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    private static final String BODY = "{\"field\": \"Robotics\", \"addedOn\": \"2017-03-19\"}";

    @Test
    void takesTheSameJsonInAnotherOrderAndLayoutForTheSameRequest() {
        String reordered = "{\n  \"addedOn\":\"2017-03-19\",\n  \"field\":\"Robotics\"\n}";

        assertThat(of("POST", "/api/agreements/a/fields", reordered))
                .isEqualTo(of("POST", "/api/agreements/a/fields", BODY));
    }

    @Test
    void tellsAnotherValueApart() {
        assertThat(of("POST", "/api/agreements/a/fields", BODY.replace("Robotics", "Robotic")))
                .isNotEqualTo(of("POST", "/api/agreements/a/fields", BODY));
    }

    @Test
    void tellsAnotherAgreementApart() {
        assertThat(of("POST", "/api/agreements/b/fields", BODY))
                .isNotEqualTo(of("POST", "/api/agreements/a/fields", BODY));
    }

    @Test
    void comparesNumbersByTheirExactValue() {
        assertThat(of("POST", "/p", "{\"n\": 0.1}")).isNotEqualTo(of("POST", "/p", "{\"n\": 0.10000000000000000001}"));
        assertThat(of("POST", "/p", "{\"n\": 1.50}")).isEqualTo(of("POST", "/p", "{\"n\": 1.5}"));
    }

    @Test
    void comparesABodyThatIsNotJsonByteForByte() {
        assertThat(of("POST", "/p", "{ \"title\": ")).isEqualTo(of("POST", "/p", "{ \"title\": "));
        assertThat(of("POST", "/p", "{ \"title\": ")).isNotEqualTo(of("POST", "/p", "{ \"title\":  "));
    }

    @Test
    void comparesAPropertyGivenTwiceByteForByte() {
        String twice = "{\"field\": \"A\", \"field\": \"B\"}";

        assertThat(of("POST", "/p", twice)).isNotEqualTo(of("POST", "/p", "{\"field\": \"B\"}"));
    }

    private static String of(String method, String path, String body) {
        return RequestFingerprint.of(method, path, body.getBytes(UTF_8));
    }
}
