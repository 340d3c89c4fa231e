package org.cooperation.faultsuite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.cooperation.localinfra.FreePorts;
import org.cooperation.localrun.ServiceProcess;

/**
 * Two instances of each service on the same PostgreSQL and broker, the query-services in one
 * consumer group, commands spread over both command-services; once a third of the commands are
 * answered, the command-service that holds the publisher's segments and the second query-service
 * are killed with -9. The survivor must take over the segments, the other query-service the
 * partitions, and the common checks must find nothing lost or applied twice.
 * <p>
 * The bounds follow from the settings. A claim on a segment stands until its owner has not
 * renewed it for Axon's claim timeout ({@code axon.eventhandling.tokenstore.claim-timeout}, 10 s),
 * and an idle thread of the survivor tries to claim every {@code tokenClaimInterval} (5 s): 15 s,
 * doubled for a loaded machine. The broker drops a consumer that stopped sending heartbeats after
 * {@code session.timeout.ms} (45 s) and then rebalances its partitions.
 */
record TwoOfEach(int number, String name) implements Scenario {

    static final Duration TAKE_OVER_WITHIN = Duration.ofSeconds(30);
    static final Duration REBALANCED_WITHIN = Duration.ofSeconds(60);

    @Override
    public ScenarioResult run(SuiteContext context) throws Exception {
        ServiceProcess firstCommand = context.system().commandService();
        ServiceProcess firstQuery = context.system().queryService();
        ServiceProcess secondCommand = firstCommand.another("command-service-2", FreePorts.pick());
        ServiceProcess secondQuery = firstQuery.another("query-service-2", FreePorts.pick());
        List<ServiceProcess> commandServices = List.of(firstCommand, secondCommand);
        try (Admin admin = ReaderGroup.admin(context)) {
            Set<String> firstReaders =
                    awaitAssignment(admin, Duration.ofMinutes(1)).keySet();
            secondCommand.start();
            secondQuery.start();
            secondCommand.awaitHealthy(Faults.HEALTHY_WITHIN);
            secondQuery.awaitHealthy(Faults.HEALTHY_WITHIN);
            Set<Integer> secondReads = partitionsOfNew(admin, firstReaders);

            AtomicInteger turn = new AtomicInteger();
            SuiteContext spread = context.withCommands(context.commands()
                    .to(() -> commandServices
                            .get(Math.floorMod(turn.getAndIncrement(), commandServices.size()))
                            .url()));
            Fault killOneOfEach = c -> {
                ServiceProcess publisher = holderOfMostSegments(c, commandServices);
                ServiceProcess survivor = publisher == firstCommand ? secondCommand : firstCommand;
                Set<Integer> segments = segmentsOf(c, publisher);
                Instant killedAt = Instant.now();
                publisher.kill();
                secondQuery.kill();
                Duration takeOver = awaitSegmentsHeldBy(c, survivor, killedAt, TAKE_OVER_WITHIN.multipliedBy(3));
                Duration rebalance =
                        awaitOnlyFirstReaders(admin, firstReaders, killedAt, REBALANCED_WITHIN.multipliedBy(3));
                String note = publisher.name() + "'s segments " + segments + " taken over by " + survivor.name()
                        + " in " + Report.seconds(takeOver) + " (bound " + TAKE_OVER_WITHIN.toSeconds() + " s); "
                        + secondQuery.name() + "'s partitions " + secondReads + " rebalanced in "
                        + Report.seconds(rebalance)
                        + " (bound " + REBALANCED_WITHIN.toSeconds() + " s)";
                return new Fault.Outcome(
                        note,
                        !segments.isEmpty()
                                && !secondReads.isEmpty()
                                && takeOver.compareTo(TAKE_OVER_WITHIN) <= 0
                                && rebalance.compareTo(REBALANCED_WITHIN) <= 0);
            };
            return new FaultUnderLoad(number, name, killOneOfEach).run(spread);
        } finally {
            // The next scenarios use the first instances: bring back whichever was killed, let the second ones go.
            for (ServiceProcess first : List.of(firstCommand, firstQuery)) {
                if (!first.isAlive()) {
                    first.start();
                    first.awaitHealthy(Faults.HEALTHY_WITHIN);
                }
            }
            secondCommand.stop();
            secondQuery.stop();
        }
    }

    /** The partitions the second query-service took from the first when it joined. */
    private static Set<Integer> partitionsOfNew(Admin admin, Set<String> firstReaders) throws Exception {
        long deadline = System.nanoTime() + REBALANCED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Set<Integer> theirs = new TreeSet<>();
            ReaderGroup.assignment(admin).forEach((member, partitions) -> {
                if (!firstReaders.contains(member)) {
                    theirs.addAll(partitions);
                }
            });
            if (!theirs.isEmpty()) {
                return theirs;
            }
            Workload.sleep(500);
        }
        return Set.of();
    }

    private static Map<String, Set<Integer>> awaitAssignment(Admin admin, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, Set<Integer>> assignment = ReaderGroup.assignment(admin);
        while (assignment.isEmpty() && System.nanoTime() < deadline) {
            Workload.sleep(500);
            assignment = ReaderGroup.assignment(admin);
        }
        return assignment;
    }

    /** Until only the first query-service's consumers hold the partitions, all of them. */
    private static Duration awaitOnlyFirstReaders(
            Admin admin, Set<String> firstReaders, Instant since, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Set<Integer>> assignment = ReaderGroup.assignment(admin);
            if (!assignment.isEmpty() && firstReaders.containsAll(assignment.keySet())) {
                return Duration.between(since, Instant.now());
            }
            Workload.sleep(200);
        }
        return Duration.between(since, Instant.now());
    }

    private static ServiceProcess holderOfMostSegments(SuiteContext context, List<ServiceProcess> instances) {
        ServiceProcess holder = instances.get(0);
        for (ServiceProcess instance : instances) {
            if (segmentsOf(context, instance).size()
                    > segmentsOf(context, holder).size()) {
                holder = instance;
            }
        }
        return holder;
    }

    /** The segments an instance claims; Axon names the owner by the JVM's {@code pid@host}. */
    private static Set<Integer> segmentsOf(SuiteContext context, ServiceProcess instance) {
        String pid = instance.pid() + "@";
        Set<Integer> segments = new TreeSet<>();
        context.checks().store().publisherClaims().forEach((segment, owner) -> {
            if (owner != null && owner.startsWith(pid)) {
                segments.add(segment);
            }
        });
        return segments;
    }

    /** Until the survivor claims every segment of the publisher. */
    private static Duration awaitSegmentsHeldBy(
            SuiteContext context, ServiceProcess survivor, Instant since, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (segmentsOf(context, survivor).size()
                    == context.checks().store().publisherClaims().size()) {
                return Duration.between(since, Instant.now());
            }
            Workload.sleep(200);
        }
        return Duration.between(since, Instant.now());
    }
}
