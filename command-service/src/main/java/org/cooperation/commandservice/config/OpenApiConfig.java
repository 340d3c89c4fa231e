package org.cooperation.commandservice.config;

import io.swagger.v3.oas.models.OpenAPI;
import org.cooperation.websecurity.ApiDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfig {

    @Bean
    public OpenAPI commandApi() {
        return ApiDocument.describing("Cooperation agreements: command API", """
                        Commands that change the record of cooperation agreements. Every accepted command is \
                        stored as events and published to Kafka; the answer carries the agreement's new version, \
                        which the query API's minVersion parameter waits for. Commands accept Idempotency-Key, \
                        If-Match and X-Correlation-Id headers. Bodies are JSON in UTF-8 and read strictly: no \
                        unknown or repeated properties, no value of another JSON type ("90" is not a number), \
                        dates only as yyyy-MM-dd strings, nothing after the body; If-Match is one quoted version \
                        such as "3". Errors are RFC 7807 problem details naming the field and the rule.""");
    }
}
