package org.cooperation.websecurity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;

/**
 * The OpenAPI document both services serve at {@code /v3/api-docs}: what they have in common (the
 * bearer scheme, a relative server, version v1), with each service's own title and description.
 */
public final class ApiDocument {

    private ApiDocument() {}

    public static OpenAPI describing(String title, String description) {
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
                .info(new Info().title(title).version("v1").description(description));
    }
}
