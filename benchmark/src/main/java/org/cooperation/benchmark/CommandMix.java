package org.cooperation.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.cooperation.localinfra.SampleAgreements;

/**
 * The commands one secretariat tool sends: now and then a new agreement, mostly the everyday
 * record of existing ones (fields, milestones, participants, contacts). Every command is valid,
 * so the figure measures work done, not refusals. Not thread-safe: one per client.
 */
final class CommandMix {

    /** One command: where to send it, what to send and which agreement it changes. */
    record Command(String path, String body, String agreementId) {}

    private final String clientName;
    private final List<String> agreements = new ArrayList<>();
    private int counter;

    CommandMix(String clientName) {
        this.clientName = clientName;
    }

    Command next() {
        counter++;
        if (agreements.isEmpty() || ThreadLocalRandom.current().nextInt(8) == 0) {
            String id = clientName + "-" + counter;
            agreements.add(id);
            return new Command("/api/agreements", sign(id), id);
        }
        String id = agreements.get(ThreadLocalRandom.current().nextInt(agreements.size()));
        String path = "/api/agreements/" + id;
        // Facts that have happened: from the signature up to 1000 days later (2026-09-26), never after today.
        String date = SyntheticHistory.EFFECTIVE.plusDays(counter % 1000).toString();
        return switch (counter % 4) {
            case 0 -> new Command(path + "/fields", """
                    {"field": "Field %d of %s", "addedOn": "%s"}""".formatted(counter, clientName, date), id);
            case 1 -> new Command(path + "/milestones", """
                    {"date": "%s", "title": "Milestone %d", "field": "Industrial cyber security",
                     "description": "A step of the cooperation", "references": ["ref-%d"]}""".formatted(date, counter, counter), id);
            case 2 -> new Command(path + "/participants", """
                    {"name": "Institute %d of %s", "kind": "RESEARCH_INSTITUTE", "country": "JP", "joinedOn": "%s"}""".formatted(counter, clientName, date), id);
            default -> new Command(path + "/contacts", """
                    {"party": "JP-METI", "name": "Contact %d", "role": "Director", "email": "c%d@example.org"}""".formatted(counter, counter), id);
        };
    }

    static String sign(String id) {
        return SampleAgreements.jointStatement(id, SyntheticHistory.EFFECTIVE);
    }
}
