package dev.deskrelay.agent.connection;

import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;

/** The WebSocket client every connection to the relay is opened with. */
public final class RelayClients {

    // a relay that accepts TCP but never completes the handshake is as good as down
    private static final long HANDSHAKE_TIMEOUT_MILLIS = 10_000L;

    private RelayClients() {
    }

    public static ClientManager create() {
        ClientManager client = ClientManager.createClient();
        // the watchdog decides when a quiet connection is dead, not an idle timer
        client.setDefaultMaxSessionIdleTimeout(0);
        client.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, HANDSHAKE_TIMEOUT_MILLIS);
        return client;
    }
}
