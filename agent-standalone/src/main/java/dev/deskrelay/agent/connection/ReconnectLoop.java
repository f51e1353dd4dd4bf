package dev.deskrelay.agent.connection;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.WebSocketContainer;

/**
 * Keeps the agent connected: opens a connection, waits for it to end, pauses, and opens the next,
 * until the relay says retrying cannot help or the agent is stopped.
 */
public final class ReconnectLoop {

    private static final Logger LOG = Logger.getLogger(ReconnectLoop.class.getName());
    private static final CloseReason SHUTTING_DOWN = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE,
            "agent shutting down");

    private final WebSocketContainer client;
    private final URI endpoint;
    private final Supplier<AgentEndpoint> endpoints;
    private final ReconnectDelay delay;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile RelayChannel current;

    public ReconnectLoop(WebSocketContainer client, URI endpoint, AgentServices services, ReconnectDelay delay) {
        this(client, endpoint, () -> new AgentEndpoint(new RelayConversation(services)), delay);
    }

    ReconnectLoop(WebSocketContainer client, URI endpoint, Supplier<AgentEndpoint> endpoints, ReconnectDelay delay) {
        this.client = client;
        this.endpoint = endpoint;
        this.endpoints = endpoints;
        this.delay = delay;
    }

    /** Blocks until the agent stops or the relay turns it away for good, and says which. */
    public Ending run() {
        try {
            int attempt = 0;
            while (!stopping()) {
                String why;
                try {
                    Ending ending = serve(endpoints.get());
                    if (stopping()) {
                        break;
                    }
                    if (!ending.retry()) {
                        return ending;
                    }
                    attempt = 0;
                    why = "relay went away";
                } catch (DeploymentException | IOException e) {
                    why = "relay not reachable at " + endpoint + " (" + rootCause(e) + ")";
                }
                Duration pause = delay.before(++attempt);
                LOG.info(why + ", reconnecting in " + seconds(pause));
                if (stopRequested.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
            return Ending.STOPPED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Ending.STOPPED;
        } finally {
            finished.countDown();
        }
    }

    /**
     * Closes the connection with 1000 and waits up to {@code grace} for {@link #run()} to return;
     * meant for a shutdown hook.
     */
    public void stop(Duration grace) {
        stopRequested.countDown();
        RelayChannel channel = current;
        if (channel != null) {
            channel.close(SHUTTING_DOWN);
        }
        try {
            finished.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Ending serve(AgentEndpoint agentEndpoint) throws DeploymentException, IOException {
        RelayChannel channel = new RelayChannel(client.connectToServer(agentEndpoint, endpoint));
        current = channel;
        LOG.info("connected to " + endpoint);
        try {
            // a stop that came while the connection was being opened found nothing to close
            if (stopping()) {
                channel.close(SHUTTING_DOWN);
            }
            return agentEndpoint.awaitEnd();
        } finally {
            current = null;
        }
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
