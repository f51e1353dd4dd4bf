package dev.deskrelay.agent.connection;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.WebSocketContainer;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.CloseCode;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToAgent;

/**
 * A short exchange with the relay for a command such as {@code status} or {@code pair}: connect,
 * ask, read the answers, close. Messages the caller did not ask for are passed over.
 */
public final class RelayQuery implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final CloseReason DONE = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "done");

    private final RelayUrl relay;
    private final QueryEndpoint endpoint;
    private final RelayChannel channel;

    private RelayQuery(RelayUrl relay, QueryEndpoint endpoint, RelayChannel channel) {
        this.relay = relay;
        this.endpoint = endpoint;
        this.channel = channel;
    }

    public static RelayQuery open(WebSocketContainer client, RelayUrl relay) throws RelayQueryException {
        QueryEndpoint endpoint = new QueryEndpoint();
        try {
            return new RelayQuery(relay, endpoint, new RelayChannel(client.connectToServer(endpoint, relay.agentEndpoint())));
        } catch (DeploymentException | IOException e) {
            throw new RelayQueryException(ConnectFailure.describe(relay.agentEndpoint(), e), false);
        }
    }

    public <T extends RelayToAgent> T ask(AgentToRelay request, Class<T> answer) throws RelayQueryException {
        channel.send(request);
        return await(answer);
    }

    /** @throws RelayQueryException when the relay reports an error, closes, or is silent for too long first */
    public <T extends RelayToAgent> T await(Class<T> answer) throws RelayQueryException {
        QueryEndpoint.Arrival arrival = next(candidate -> candidate.close() != null
                || answer.isInstance(candidate.message()));
        if (arrival.close() != null) {
            throw closedBeforeAnswering(arrival.close());
        }
        return answer.cast(arrival.message());
    }

    /** Removes the device on the relay, which confirms by closing with 4004. */
    public void removeDevice() throws RelayQueryException {
        channel.send(new AgentToRelay.RemoveDevice());
        CloseReason closed = next(candidate -> candidate.close() != null).close();
        if (!CloseCode.is(closed, CloseCode.DEVICE_REMOVED)) {
            throw closedBeforeAnswering(closed);
        }
    }

    private QueryEndpoint.Arrival next(Predicate<QueryEndpoint.Arrival> wanted) throws RelayQueryException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                QueryEndpoint.Arrival arrival = endpoint.arrivals()
                        .poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (arrival == null) {
                    throw new RelayQueryException("the relay at " + relay + " did not answer within "
                            + LogText.seconds(PATIENCE), false);
                }
                if (wanted.test(arrival)) {
                    return arrival;
                }
                // bad_credentials comes with the close 4001, which says it better
                if (arrival.message() instanceof RelayToAgent.Error error
                        && !error.code().equals(ErrorCode.BAD_CREDENTIALS.wire())) {
                    throw new RelayQueryException("the relay refused: " + error.code() + ": " + error.message(), false);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayQueryException("interrupted while waiting for the relay", false);
        }
    }

    private RelayQueryException closedBeforeAnswering(CloseReason reason) {
        if (CloseCode.is(reason, CloseCode.AUTH_FAILED)) {
            return new RelayQueryException("the relay at " + relay + " rejected the credential", true);
        }
        return new RelayQueryException("the relay closed the connection (" + reason.getCloseCode().getCode()
                + (reason.getReasonPhrase().isEmpty() ? "" : " " + reason.getReasonPhrase()) + ")", false);
    }

    @Override
    public void close() {
        // wait a little so the relay sees a clean close before the process exits
        channel.close(DONE).completeOnTimeout(null, 2, TimeUnit.SECONDS).join();
    }
}
