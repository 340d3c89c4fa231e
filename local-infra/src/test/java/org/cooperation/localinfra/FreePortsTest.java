package org.cooperation.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksBindablePortsBelowTheEphemeralRangeNeverTheSameTwice() throws Exception {
        int ephemeralStart = Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))
                .get(0)
                .trim()
                .split("\\s+")[0]);
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.pick();
            assertTrue(port >= 20_000 && port < ephemeralStart, "port " + port + " is not below " + ephemeralStart);
            assertTrue(picked.add(port), "port " + port + " handed out twice");
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
                assertEquals(port, socket.getLocalPort());
            }
        }
    }

    @Test
    void keepsARequestedPort() {
        assertEquals(15432, FreePorts.orPick(15432));
    }
}
