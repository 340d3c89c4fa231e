package org.cooperation.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnExitTest {

    @Test
    void stopsWhatWasRegisteredLastFirst() {
        List<String> stopped = new ArrayList<>();
        OnExit onExit = new OnExit();
        onExit.register(() -> stopped.add("database"));
        onExit.register(() -> stopped.add("broker"));
        onExit.register(() -> stopped.add("services"));

        onExit.stopAll();

        assertEquals(List.of("services", "broker", "database"), stopped);
    }

    @Test
    void stopsTheOthersWhenOneFailsAndEachOnlyOnce() {
        List<String> stopped = new ArrayList<>();
        OnExit onExit = new OnExit();
        onExit.register(() -> stopped.add("database"));
        onExit.register(() -> {
            throw new IllegalStateException("broker already gone");
        });
        onExit.register(() -> stopped.add("services"));

        onExit.stopAll();
        onExit.stopAll();

        assertEquals(List.of("services", "database"), stopped);
    }
}
