package org.cooperation.commandservice.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfig {

    @Bean
    public OpenAPI commandApi() {
        // Every operation needs a bearer token (README, "Identity and access"); the UI's Authorize button takes it.
        return new OpenAPI()
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                // Relative: the document is served by the service it describes. Without a server here,
                // springdoc would write in whatever Host header the request came with.
                .servers(List.of(new Server().url("/").description("this service")))
                .info(new Info()
                        .title("Cooperation agreements: command API")
                        .version("v1")
                        .description("""
                        Commands that change the record of cooperation agreements. Every accepted command is \
                        stored as events and published to Kafka; the answer carries the agreement's new version, \
                        which the query API's minVersion parameter waits for. Commands accept Idempotency-Key, \
                        If-Match and X-Correlation-Id headers. Bodies are JSON in UTF-8 and read strictly: no \
                        unknown or repeated properties, no value of another JSON type ("90" is not a number), \
                        dates only as yyyy-MM-dd strings, nothing after the body; If-Match is one quoted version \
                        such as "3". Errors are RFC 7807 problem details naming the field and the rule."""));
    }
}
