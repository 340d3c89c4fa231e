package org.cooperation.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Finds loopback ports nobody listens on, for servers started with port 0. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * Returns a port that was free a moment ago. Another process may take it before our server
     * binds it; that race is accepted because the server then fails loudly with "address in use".
     */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on 127.0.0.1", e);
        }
    }

    /** Picks a free port unless the caller asked for a specific one. */
    static int orPick(int requested) {
        return requested == 0 ? pick() : requested;
    }
}
