package org.cooperation.queryservice.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.cooperation.agreement.api.BusinessDate;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfig {

    static {
        // A business date is its ISO text in JSON (1987, 2018-10, 2018-10-29), not the record's parts.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        BusinessDate.class,
                        new StringSchema()
                                .pattern("^" + BusinessDate.PATTERN + "$")
                                .example("2018-10")
                                .description("A business date as precise as its source: a year, a month or a day"));
    }

    @Bean
    public OpenAPI queryApi() {
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
                        .title("Cooperation agreements: query API")
                        .version("v1")
                        .description("""
                        Read models of cooperation agreements, built from the events topic: the current state, \
                        the state as of a business date or as recorded at an instant, the full history, \
                        the annual meetings and lists, the deadlines of the portfolio and its calendar. Some \
                        resources have more representations than JSON, chosen by Accept: an agreement as a PDF \
                        extract, its history and the list as CSV, the deadlines as iCalendar; any other type is \
                        406. Dates are ISO-8601. Errors are RFC 7807 problem details. \
                        /api/admin/** is for operators: dead letters, held events and rebuilds."""));
    }
}
