package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.tyrus.core.HandshakeException;
import org.junit.jupiter.api.Test;

import jakarta.websocket.DeploymentException;

class PrototypeOffByDefaultIT extends BuiltRelayIT {

    @Test
    void theUnauthenticatedPrototypeEndpointDoesNotExist() {
        var refused = assertThrows(IllegalStateException.class, () -> RelayClient.connect(base, "ws"));
        assertTrue(refused.getCause() instanceof DeploymentException, refused.toString());
        var handshake = (HandshakeException) refused.getCause().getCause();
        assertEquals(404, handshake.getHttpStatusCode(), "no endpoint at /ws");
        RelayClient.connect(base, "viewer").close();
    }
}
