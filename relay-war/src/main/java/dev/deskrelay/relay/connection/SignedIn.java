package dev.deskrelay.relay.connection;

import java.security.Principal;
import java.util.Optional;

import jakarta.websocket.Session;

/**
 * The account a socket's browser was signed in as at the handshake. the account package's session mechanism runs
 * for the upgrade request like any other, and Tyrus hands the request's caller principal to the
 * socket's session.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<String> accountOf(Session socket) {
        return Optional.ofNullable(socket.getUserPrincipal()).map(Principal::getName)
                .filter(name -> name.startsWith("a-"));
    }
}
