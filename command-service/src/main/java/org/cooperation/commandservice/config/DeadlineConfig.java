package org.cooperation.commandservice.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The schedule of expiries and terminations, kept in PostgreSQL by db-scheduler. With a
 * {@link Scheduler} bean present, Axon's {@code AxonDbSchedulerAutoConfiguration} supplies the
 * {@code DbSchedulerDeadlineManager} and the tasks it runs, which are handed to the scheduler here.
 */
@Configuration
public class DeadlineConfig {

    /**
     * A killed instance leaves its running deadline marked as picked; another instance takes it over
     * after six missed heartbeats, so two minutes rather than db-scheduler's default half hour.
     */
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    /**
     * The data source joins Spring's transaction, so a deadline is written in the same transaction as
     * the events of the command that scheduled it: both are stored, or neither is. The scheduler reads
     * the service's clock, so deadlines fall due by the same now as the rules are judged.
     */
    @Bean
    public Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, Clock clock,
                                       @Value("${agreements.deadlines.polling-interval:PT1S}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(HEARTBEAT)
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .build();
    }

    @Bean
    public SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler) {
        return new DeadlineSchedulerLifecycle(scheduler);
    }

    /**
     * Axon runs a deadline in a unit of work without the correlation data providers that the command
     * bus applies, so the events of an expiry would carry no metadata at all. This gives them the
     * who-and-why of the deadline message: the system as principal, the scheduling command's
     * correlation id.
     */
    @Configuration
    static class DeadlineAuditMetadata {

        DeadlineAuditMetadata(DeadlineManager deadlineManager, List<CorrelationDataProvider> providers) {
            deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(providers));
        }
    }

    /**
     * Starts the scheduler once Axon and the web server are up (Axon can then deliver a deadline that
     * is already due), and stops it first on shutdown, before Axon is torn down.
     */
    static final class DeadlineSchedulerLifecycle implements SmartLifecycle {

        private final Scheduler scheduler;
        private volatile boolean running;

        DeadlineSchedulerLifecycle(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void start() {
            scheduler.start();
            running = true;
        }

        @Override
        public void stop() {
            scheduler.stop();
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return SmartLifecycle.DEFAULT_PHASE - 512;
        }
    }
}
