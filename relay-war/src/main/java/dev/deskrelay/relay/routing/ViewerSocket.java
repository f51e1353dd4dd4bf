package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.RelayToViewer;

/** An authenticated viewer socket, as revocations reach it. */
public interface ViewerSocket {

    /** The socket stops holding the device at once, and is told why. */
    void lose(String deviceId, RelayToViewer notice);

    /** The browser's identity is gone: the socket is closed. */
    void revoked();
}
