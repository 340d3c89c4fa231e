package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuUseTest {

    @Test
    void readsTheNameAndTheTicksOfAStatFileWhoseNameHoldsSpacesAndParentheses(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("stat");
        Files.writeString(
                file, "4711 (C2 (Compiler) Th) S 1 4711 4711 0 -1 4194368 10 0 0 0 110 120 130 140 20 0 1 0 5 6 7\n");

        CpuUse.Stat stat = CpuUse.Stat.read(file);

        assertThat(stat.name()).isEqualTo("C2 (Compiler) Th");
        assertThat(stat.ownTicks()).isEqualTo(230);
        assertThat(stat.childrenTicks()).isEqualTo(270);
    }

    @Test
    void countsThisProcessAndGivesNothingForOneThatIsGone() {
        long self = ProcessHandle.current().pid();

        double own = CpuUse.processMillis(self);
        assertThat(own).isPositive();
        // Read after the process's own figure: this test's CPU time goes on between the two reads.
        assertThat(CpuUse.treeMillis(self)).isGreaterThanOrEqualTo(own);
        assertThat(CpuUse.compilerMillis(self)).isGreaterThanOrEqualTo(0);
        assertThat(CpuUse.processMillis(Integer.MAX_VALUE)).isEqualTo(-1);
        assertThat(CpuUse.treeMillis(Integer.MAX_VALUE)).isZero();
    }
}
