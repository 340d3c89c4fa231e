package org.cooperation.localinfra;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Data directories under target/ rather than JUnit's @TempDir: under root PostgreSQL runs as
 * nobody, who cannot enter @TempDir's 0700 folders.
 */
final class TestDirectories {

    private TestDirectories() {}

    static Path fresh(String name) {
        return Path.of("target", "local-infra-tests", name + "-" + UUID.randomUUID())
                .toAbsolutePath();
    }
}
