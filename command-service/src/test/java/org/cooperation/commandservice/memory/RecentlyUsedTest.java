package org.cooperation.commandservice.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecentlyUsedTest {

    @Test
    void dropsTheEntryLeastRecentlyReadOrWritten() {
        Map<String, String> recent = RecentlyUsed.map(2);
        recent.put("a", "1");
        recent.put("b", "2");
        recent.get("a");

        recent.put("c", "3");

        assertThat(recent).containsOnlyKeys("a", "c");
    }

    @Test
    void keepsWhatWasJustWrittenHoweverOftenTheOthersWereUsed() {
        Map<String, String> recent = RecentlyUsed.map(100);
        for (int i = 0; i < 100; i++) {
            recent.put("old-" + i, "often used");
            for (int use = 0; use < 5; use++) {
                recent.get("old-" + i);
            }
        }

        recent.put("just-signed", "new");

        assertThat(recent).containsKey("just-signed").hasSize(100).doesNotContainKey("old-0");
    }
}
