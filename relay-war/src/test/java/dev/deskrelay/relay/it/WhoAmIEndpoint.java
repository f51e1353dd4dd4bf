package dev.deskrelay.relay.it;

import dev.deskrelay.relay.connection.SignedIn;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * Added to the WAR by {@link AccountsIT} only: says which account {@link SignedIn} finds on a
 * socket opened with a session cookie, as the viewer socket will ask it.
 */
@ServerEndpoint("/it-whoami")
public class WhoAmIEndpoint {

    @OnOpen
    public void opened(Session socket) {
        socket.getAsyncRemote().sendText("{\"type\":\"whoami\",\"account\":\""
                + SignedIn.accountOf(socket).orElse("") + "\"}");
    }
}
