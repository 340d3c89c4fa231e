package org.cooperation.commandservice.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A tracking processor claims no more segments than it has threads: one thread per segment, at least. */
class PublisherThreadsTest {

    @Test
    void startsAThreadForEverySegmentTheStoreHolds() {
        assertThat(PublisherConfig.threads(2, 2, 4)).isEqualTo(4);
        assertThat(PublisherConfig.threads(1, 4, 3)).isEqualTo(3);
    }

    @Test
    void startsAThreadForEverySegmentTheFirstStartCreates() {
        assertThat(PublisherConfig.threads(2, 4, 0)).isEqualTo(4);
    }

    @Test
    void keepsTheConfiguredThreadsWhenThereAreNoMoreSegments() {
        assertThat(PublisherConfig.threads(2, 2, 2)).isEqualTo(2);
        assertThat(PublisherConfig.threads(3, 1, 1)).isEqualTo(3);
        assertThat(PublisherConfig.threads(2, 1, 0)).isEqualTo(2);
    }
}
