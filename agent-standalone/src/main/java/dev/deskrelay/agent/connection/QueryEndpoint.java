package dev.deskrelay.agent.connection;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import jakarta.websocket.ClientEndpoint;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;

import dev.deskrelay.protocol.Codecs;
import dev.deskrelay.protocol.RelayToAgent;

/** Tyrus' view of a short exchange: everything that arrives, and the close, waits in one queue. */
@ClientEndpoint(encoders = Codecs.AgentToRelayEncoder.class, decoders = Codecs.RelayToAgentDecoder.class)
public final class QueryEndpoint {

    /** What arrived: a message, or the close that ends the exchange. */
    record Arrival(RelayToAgent message, CloseReason close) {
    }

    private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();

    @OnMessage
    public void onMessage(RelayToAgent message) {
        arrivals.add(new Arrival(message, null));
    }

    @OnClose
    public void onClose(CloseReason reason) {
        arrivals.add(new Arrival(null, reason));
    }

    BlockingQueue<Arrival> arrivals() {
        return arrivals;
    }
}
