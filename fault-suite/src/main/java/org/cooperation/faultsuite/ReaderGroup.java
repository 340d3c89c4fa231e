package org.cooperation.faultsuite;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** query-service's consumer group on the events topic, as the broker sees it. */
final class ReaderGroup {

    /** The group of query-service's events listener: Spring Kafka takes the listener's id for it. */
    static final String GROUP = "read-models";

    private ReaderGroup() {
    }

    static Admin admin(SuiteContext context) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, context.bootstrapServers());
        return Admin.create(properties);
    }
}
