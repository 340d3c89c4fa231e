package org.cooperation.commandservice.config;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.cooperation.commandservice.deadline.DeadlinesByScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The schedule of expiries and terminations, kept in PostgreSQL by db-scheduler. With a
 * {@link Scheduler} bean present, Axon's {@code AxonDbSchedulerAutoConfiguration} supplies the
 * tasks it runs, which are handed to the scheduler here. Axon's {@code DbSchedulerDeadlineManager}
 * is built here as the autoconfiguration would, and the agreement's handlers get it behind
 * {@link DeadlinesByScope}, which finds an agreement's deadlines by the agreement.
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
    public Scheduler deadlineScheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            Clock clock,
            @Value("${agreements.deadlines.polling-interval:PT1S}") Duration pollingInterval) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(HEARTBEAT)
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .build();
    }

    /**
     * Axon's manager, as {@code AxonDbSchedulerAutoConfiguration} builds it (the scheduler is started
     * and stopped below, not by Axon). Its task looks it up by this type to run a due deadline.
     */
    @Bean
    public DbSchedulerDeadlineManager dbSchedulerDeadlineManager(
            Scheduler scheduler,
            org.axonframework.config.Configuration axon,
            Serializer serializer,
            TransactionManager transactionManager,
            DeadlineManagerSpanFactory spanFactory) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
    }

    /** What the agreement's handlers are given: Axon's manager, its deadlines found by agreement. */
    @Bean
    @Primary
    public DeadlineManager deadlineManager(DbSchedulerDeadlineManager axon, Scheduler scheduler, JdbcClient jdbc) {
        return new DeadlinesByScope(axon, scheduler, jdbc);
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
