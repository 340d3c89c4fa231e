package org.cooperation.queryservice.projection.readmodel;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ReadModelConfig {

    /** The live read models live in the schema Flyway migrates, {@code query} unless configured otherwise. */
    @Bean
    public ReadModelTables liveReadModelTables(@Value("${spring.flyway.default-schema}") String schema) {
        return new ReadModelTables(schema);
    }
}
