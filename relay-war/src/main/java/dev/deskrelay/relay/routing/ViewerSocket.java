package dev.deskrelay.relay.routing;

import dev.deskrelay.protocol.RelayToViewer;

/** An authenticated viewer socket, as routing reaches it. */
public interface ViewerSocket {

    /** The browser's identity; its tabs share it. */
    String viewerId();

    Peer peer();

    /** The socket stops holding the device at once, and is told why. */
    void lose(String deviceId, RelayToViewer notice);

    /** The socket gains the device, or a new role on it, at once, and is told. */
    void gain(RelayToViewer.Shared notice);

    /** The browser's identity is gone: the socket is closed. */
    void revoked();
}
