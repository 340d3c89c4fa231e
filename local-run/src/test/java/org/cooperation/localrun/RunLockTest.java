package org.cooperation.localrun;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunLockTest {

    @Test
    void isHeldUntilReleased() throws Exception {
        Path lockFile = Path.of("target", "run-lock-test", "run.lock");
        RunLock.take(lockFile).close();

        try (RunLock again = RunLock.take(lockFile)) {
            assertThatThrownBy(() -> RunLock.take(lockFile)).isInstanceOf(RunLock.HeldElsewhere.class);
        }
    }
}
