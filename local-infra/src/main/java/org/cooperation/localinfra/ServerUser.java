package org.cooperation.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The operating-system user PostgreSQL runs as. PostgreSQL refuses to run as root
 * ("initdb: cannot be run as root"), and our machines and CI do run as root, so there the server
 * runs as {@value #UNPRIVILEGED} through {@code runuser}; everyone else runs it as themselves.
 */
final class ServerUser {

    static final String UNPRIVILEGED = "nobody";

    private final boolean root;

    private ServerUser(boolean root) {
        this.root = root;
    }

    static ServerUser forCurrentProcess() {
        try {
            // /proc/self belongs to this process's user: a uid check without native code or `id -u`.
            int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return new ServerUser(uid == 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not tell whether this JVM runs as root", e);
        }
    }

    /** The command as it must be run: unchanged, or switched to the unprivileged user under root. */
    List<String> command(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> switched = new ArrayList<>(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        switched.addAll(command);
        return switched;
    }

    /**
     * Makes the directory usable as a PostgreSQL data directory: owned by the server's user and
     * closed to everyone else, as PostgreSQL insists.
     */
    void takeOwnership(Path dataDirectory, Path workingDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            if (root) {
                UserPrincipal owner = dataDirectory
                        .getFileSystem()
                        .getUserPrincipalLookupService()
                        .lookupPrincipalByName(UNPRIVILEGED);
                if (!Files.getOwner(dataDirectory).equals(owner)) {
                    chownRecursively(dataDirectory, owner);
                }
                checkReachable(dataDirectory, workingDirectory);
            }
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the data directory " + dataDirectory, e);
        }
    }

    /**
     * A folder inside a 0700 folder of root's (a JUnit {@code @TempDir}, say) is out of the
     * unprivileged user's reach whatever its own owner; say so instead of letting initdb fail obscurely.
     */
    private void checkReachable(Path dataDirectory, Path workingDirectory) {
        List<String> probe =
                command(List.of("test", "-w", dataDirectory.toString(), "-a", "-x", dataDirectory.toString()));
        if (!Commands.succeeds(probe, workingDirectory, Duration.ofSeconds(10))) {
            throw new IllegalStateException(
                    "This JVM runs as root, so PostgreSQL runs as '" + UNPRIVILEGED
                            + "', which cannot reach " + dataDirectory + ". Every parent folder must be searchable "
                            + "by others (chmod o+x), which is not so inside a folder made by @TempDir or Files.createTempDirectory.");
        }
    }

    private static void chownRecursively(Path directory, UserPrincipal owner) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                chown(dir, owner);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                chown(file, owner);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void chown(Path path, UserPrincipal owner) throws IOException {
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setOwner(owner);
    }
}
