package org.cooperation.localinfra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Finds loopback ports nobody listens on, for servers started with port 0. */
public final class FreePorts {

    /** The lowest port handed out: above the well-known and common service ports. */
    private static final int LOWEST = 20_000;
    /** Linux's default start of the ephemeral range, where the kernel's own file cannot be read. */
    private static final int DEFAULT_EPHEMERAL_START = 32_768;

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    /**
     * Returns a port that was free a moment ago, below the kernel's ephemeral range: a port from
     * that range can be given to any program's outgoing connection before our server binds it
     * (seen: a service failing with "Port 38451 was already in use" in LocalSystemIT). No port is
     * handed out twice by one JVM. Another process may still bind it first; the server then fails
     * loudly with "address in use".
     */
    public static int pick() {
        int ephemeralStart = ephemeralStart();
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, ephemeralStart);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on 127.0.0.1 between " + LOWEST + " and " + ephemeralStart);
    }

    /** Picks a free port unless the caller asked for a specific one. */
    public static int orPick(int requested) {
        return requested == 0 ? pick() : requested;
    }

    /** Whether nothing listens on {@code port} of 127.0.0.1 (nor on all addresses) at this moment. */
    public static boolean isFree(int port) {
        return bindable(port);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private static int ephemeralStart() {
        // Line by line: Files.readString sees the size procfs reports (0) and returned one byte.
        try {
            int start = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                    .get(0)
                    .trim()
                    .split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException unreadable) {
            return DEFAULT_EPHEMERAL_START;
        }
    }
}
