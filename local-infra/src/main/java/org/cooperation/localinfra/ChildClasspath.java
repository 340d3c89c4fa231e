package org.cooperation.localinfra;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The classpath a child JVM needs to run the Kafka broker. */
final class ChildClasspath {

    private ChildClasspath() {}

    /**
     * This JVM's own classpath. Surefire and Failsafe (and IDEs) start JVMs whose classpath is a
     * single jar with nothing but a manifest whose Class-Path names the real entries; those are
     * listed explicitly, after the jar itself, so the child does not depend on that temporary jar.
     */
    static List<String> ofCurrentJvm() {
        List<String> entries = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            List<String> expanded = manifestClassPath(Path.of(entries.get(0)));
            if (expanded.size() > 1) {
                return expanded;
            }
        }
        return entries;
    }

    /** Adds where this module's classes live, because the child's main class is one of them. */
    static List<String> withLocalInfra(List<String> classpath) {
        List<String> result = new ArrayList<>(classpath);
        String location = localInfraLocation();
        if (!result.contains(location)) {
            result.add(location);
        }
        return result;
    }

    private static String localInfraLocation() {
        CodeSource source = KafkaBrokerMain.class.getProtectionDomain().getCodeSource();
        try {
            return Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot tell where the local-infra classes are (" + source
                            + "); a child JVM cannot load them from a nested jar",
                    e);
        }
    }

    private static List<String> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            List<String> entries = new ArrayList<>();
            if (classPath != null) {
                entries.add(jar.toString());
                for (String entry : classPath.trim().split("\\s+")) {
                    // Entries are URLs, relative to the jar's folder unless absolute.
                    entries.add(
                            Path.of(jar.toAbsolutePath().toUri().resolve(entry)).toString());
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the manifest of " + jar, e);
        }
    }

    /**
     * Writes the classpath as a java launcher argument file: a long classpath on the command line
     * can exceed Linux's 128 KiB limit for a single argument, a file cannot.
     */
    static Path writeArgumentFile(List<String> classpath, Path file) {
        String joined =
                String.join(File.pathSeparator, classpath).replace("\\", "\\\\").replace("\"", "\\\"");
        try {
            Files.writeString(file, "-cp \"" + joined + "\"\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}
