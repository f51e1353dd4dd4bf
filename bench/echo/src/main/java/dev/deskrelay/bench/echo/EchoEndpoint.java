package dev.deskrelay.bench.echo;

import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * Sends every text frame back as it came. Asynchronously, as the relay sends, so that the floor
 * pays for the same kind of write and a slow reader blocks no container thread.
 */
@ServerEndpoint("/echo")
public class EchoEndpoint {

    @OnMessage
    public void echo(String text, Session session) {
        session.getAsyncRemote().sendText(text);
    }
}
