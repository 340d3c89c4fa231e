package org.cooperation.commandservice.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** The memory's bounds; that a stale agreement is never handed out is shown by SecondInstanceIT. */
class RecentAgreementsTest {

    private final RecentAgreements recent = new RecentAgreements(
            EmbeddedEventStore.builder()
                    .storageEngine(new InMemoryEventStorageEngine())
                    .build(),
            2);

    @Test
    void forgetsTheLeastRecentlyUsedAgreementWhenFull() {
        recent.put("a", "agreement a");
        recent.put("b", "agreement b");
        assertThat((Object) recent.get("a")).isEqualTo("agreement a");

        recent.put("c", "agreement c");

        assertThat(recent.containsKey("b")).isFalse();
        assertThat(recent.containsKey("a")).isTrue();
        assertThat(recent.containsKey("c")).isTrue();
    }

    @Test
    void keepsTheFirstEntryWhenAskedToPutOnlyIfAbsent() {
        assertThat(recent.putIfAbsent("a", "first")).isTrue();
        assertThat(recent.putIfAbsent("a", "second")).isFalse();

        assertThat((Object) recent.get("a")).isEqualTo("first");
    }

    @Test
    void forgetsARemovedAgreement() {
        recent.put("a", "agreement a");

        assertThat(recent.remove("a")).isTrue();
        assertThat(recent.remove("a")).isFalse();
        assertThat((Object) recent.get("a")).isNull();
    }
}
