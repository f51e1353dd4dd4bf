package dev.deskrelay.relay.connection;

import static dev.deskrelay.relay.connection.Fakes.proxy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;

import org.glassfish.tyrus.core.WebSocketException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.ProtocolViolation;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.limits.MessageBudget;
import dev.deskrelay.relay.metrics.NoMetrics;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

/** What the relay does with a failure the container reports on a socket: answer it, or log it, or neither. */
class SessionPeerTest {

    private static final Function<ProtocolViolation, Optional<RelayToViewer>> AS_ERROR =
            violation -> Optional.of(RelayToViewer.Error.of(violation));

    private final List<String> sent = new ArrayList<>();
    private final List<CloseReason> closed = new ArrayList<>();
    private SendResult writes = new SendResult();
    private RuntimeException refusal;
    private final SessionPeer<RelayToViewer> peer = new SessionPeer<>(session(), "10.0.0.1",
            new WireFormat<>(RelayToViewer.class), new MessageBudget(new MessageBudget.Rate(10, 10), System::nanoTime),
            Runnable::run, new NoMetrics(), 8, new ReaderBudget(1_000_000));
    private final LogRecords log = LogRecords.of(SessionPeer.class.getPackageName());

    @AfterEach
    void detach() {
        log.close();
    }

    @Test
    void aConnectionLostUnderAWriteIsTheNormalEndOfASocket() {
        peer.replyToFailure(new IOException("Socket is not connected"), AS_ERROR);
        peer.replyToFailure(new IllegalStateException("send failed", new IOException("Broken pipe")), AS_ERROR);

        assertEquals(List.of(), log.at(Level.SEVERE));
        assertEquals(List.of(), log.at(Level.WARNING));
        assertEquals(List.of(), sent, "nobody is there to answer");
        assertEquals(1, closed.size(), "the session is closed (once), so the endpoint lets go of it");
    }

    @Test
    void aFailedWriteClosesTheSessionSoTheRelayLetsGoOfItAtOnce() {
        writes = new SendResult(new IOException("Connection reset by peer"));
        peer.send("{\"type\":\"telemetry\"}");

        assertEquals(1, closed.size());
        assertEquals(List.of(), log.at(Level.SEVERE));
        assertEquals(List.of(), log.at(Level.WARNING));
    }

    @Test
    void aFrameTyrusRefusedIsLoggedInOneLineWithoutATrace() {
        peer.replyToFailure(new WebSocketException("Message too long; allowed message size is 65,536 bytes.") {
            @Override
            public CloseReason getCloseReason() {
                return new CloseReason(CloseReason.CloseCodes.TOO_BIG, "Message too long");
            }
        }, AS_ERROR);

        assertEquals(List.of(), log.at(Level.SEVERE));
        assertTrue(log.at(Level.INFO).stream().allMatch(record -> record.getThrown() == null));
        assertEquals(List.of(), sent, "Tyrus closed the socket with 1009 already");
    }

    @Test
    void aSendTyrusRefusesOnASocketGoingAwayNeverReachesTheSender() {
        refusal = new RuntimeException("Socket is not connected.");
        peer.send("{\"type\":\"telemetry\"}");
        peer.send("{\"type\":\"telemetry\"}");

        assertEquals(List.of(), log.at(Level.SEVERE));
        assertEquals(List.of(), log.at(Level.WARNING));
        assertEquals(1, closed.size(), "closed once, however many messages were waiting");
    }

    @Test
    void theRelaysOwnFaultIsStillLoggedWithItsTraceAndAnsweredInternalError() {
        peer.replyToFailure(new IllegalStateException("a bug"), AS_ERROR);
        peer.replyToFailure(new IllegalStateException("the database is gone",
                new IllegalStateException("query failed", new IOException("Connection refused"))), AS_ERROR);

        assertEquals(2, log.at(Level.SEVERE).size());
        assertEquals(2, sent.size());
        assertTrue(sent.stream().allMatch(answer -> answer.contains("internal_error")), sent.toString());
        assertEquals(List.of(), closed);
    }

    private Session session() {
        RemoteEndpoint.Async remote = proxy(RemoteEndpoint.Async.class, (name, args) -> {
            if (name.equals("sendText")) {
                if (refusal != null) {
                    throw refusal;
                }
                sent.add((String) args[0]);
                ((SendHandler) args[1]).onResult(writes);
            }
            return null;
        });
        return Fakes.openSession(remote, closed);
    }
}
