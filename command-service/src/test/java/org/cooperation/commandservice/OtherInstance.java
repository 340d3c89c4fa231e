package org.cooperation.commandservice;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** An instance of the command service besides the tests' shared one, started as an operator would. */
final class OtherInstance {

    private OtherInstance() {}

    /**
     * The properties of an instance on this database and broker, on a port of its own; without an
     * identity provider, which {@link #trusting} adds.
     */
    static Map<String, Object> on(Map<String, ?> database, String bootstrapServers) {
        Map<String, Object> properties = new HashMap<>(database);
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("server.port", "0");
        properties.put("axoniq.update-checker.disabled", "true");
        // Every instance signs the log's checkpoints, whoever's tokens it accepts.
        properties.put(
                "agreements.checkpoints.signing-key",
                CommandServiceIT.IDENTITY.checkpointKeyFile().toString());
        return properties;
    }

    /** The properties with the tests' identity provider, whose tokens the instance then accepts. */
    static Map<String, Object> trusting(Map<String, Object> properties) {
        properties.putAll(CommandServiceIT.IDENTITY.serviceProperties());
        return properties;
    }

    /** Properties as command-line arguments, because the defaults of properties() lose to application.yml. */
    static ConfigurableApplicationContext start(Map<String, ?> properties) {
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(CommandServiceApplication.class).run(arguments);
    }

    /** The command service's tables in that database, read directly. */
    static JdbcClient store(Map<String, ?> database) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                database.get("spring.datasource.url").toString(),
                database.get("spring.datasource.username").toString(),
                database.get("spring.datasource.password").toString());
        dataSource.setSchema("command");
        return JdbcClient.create(dataSource);
    }

    static String baseUrl(ConfigurableApplicationContext service) {
        return "http://localhost:"
                + ((WebServerApplicationContext) service).getWebServer().getPort();
    }
}
