package org.cooperation.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Directory chores shared by the servers, and by the benchmark's systems of their own. */
public final class Directories {

    private Directories() {}

    /** A fresh directory for a server whose data nobody wants to keep. */
    static Path throwAway(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory", e);
        }
    }

    /**
     * Deletes the directory and everything in it, without following symbolic links; a file that cannot
     * be deleted is an error, not something left behind for the next run to trip over.
     */
    public static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Best effort delete for shutdown hooks, where there is no one left to report to. */
    static void deleteQuietly(Path directory) {
        try {
            deleteRecursively(directory);
        } catch (IOException ignored) {
            // The JVM is exiting; a leftover temp directory is all that can go wrong.
        }
    }
}
