package org.cooperation.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {

    @Test
    void countsSamplesByThreadKindByTheFrameThatRanAndByEveryFrameOnTheStack(@TempDir Path folder) throws Exception {
        Path collapsed = folder.resolve("service.collapsed");
        Files.writeString(collapsed, """
                [http-nio-8080-exec-1 tid=101];Thread.run;org/cooperation/A.handle;HashMap.get 3
                [http-nio-8080-exec-12 tid=112];Thread.run;org/cooperation/A.handle;org/cooperation/A.handle;String.equals 2
                [C2 CompilerThread0 tid=7];CompileBroker::compiler_thread_loop 5
                """);

        Profile.Samples samples = Profile.Samples.read(collapsed);

        assertThat(samples.total()).isEqualTo(10);
        assertThat(samples.threads()).containsEntry("http-nio-N-exec-N", 5L).containsEntry("C2 CompilerThreadN", 5L);
        assertThat(samples.self()).containsEntry("HashMap.get", 3L).containsEntry("String.equals", 2L);
        // A recursive frame counts once per sample.
        assertThat(samples.ours()).containsExactlyEntriesOf(java.util.Map.of("org/cooperation/A.handle", 5L));
        assertThat(samples.top("thread", samples.threads(), 1)).contains("| 5 | 50.0 % |");
    }
}
