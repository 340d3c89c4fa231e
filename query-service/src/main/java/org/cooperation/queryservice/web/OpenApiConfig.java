package org.cooperation.queryservice.web;

import io.swagger.v3.oas.models.OpenAPI;
import org.cooperation.websecurity.ApiDocument;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration
public class OpenApiConfig {

    @Bean
    public OpenAPI queryApi() {
        return ApiDocument.describing("Cooperation agreements: query API", """
                        Read models of cooperation agreements, built from the events topic: the current state, \
                        the state as of a business date or as recorded at an instant, the full history, \
                        the annual meetings and lists, the deadlines of the portfolio and its calendar. Some \
                        resources have more representations than JSON, chosen by Accept: an agreement as a PDF \
                        extract, its history and the list as CSV, the deadlines as iCalendar; any other type is \
                        406. Dates are ISO-8601. Errors are RFC 7807 problem details. \
                        /api/admin/** is for operators: dead letters, held events and rebuilds.""");
    }
}
