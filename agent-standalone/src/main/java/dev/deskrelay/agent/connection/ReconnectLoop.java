package dev.deskrelay.agent.connection;

import java.io.IOException;
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
 * Keeps the agent connected: opens a connection, waits for it to end, pauses as the backoff says,
 * and opens the next, until the relay says retrying cannot help or the agent is stopped.
 */
public final class ReconnectLoop {

    private static final Logger LOG = Logger.getLogger(ReconnectLoop.class.getName());
    private static final CloseReason SHUTTING_DOWN = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE,
            "agent shutting down");

    private final WebSocketContainer client;
    private final URI endpoint;
    private final Supplier<AgentEndpoint> endpoints;
    private final Backoff backoff;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile RelayChannel current;

    public ReconnectLoop(WebSocketContainer client, AgentServices services, Backoff backoff) {
        this(client, services.relay().agentEndpoint(), () -> new AgentEndpoint(new RelayConversation(services)),
                backoff);
    }

    ReconnectLoop(WebSocketContainer client, URI endpoint, Supplier<AgentEndpoint> endpoints, Backoff backoff) {
        this.client = client;
        this.endpoint = endpoint;
        this.endpoints = endpoints;
        this.backoff = backoff;
    }

    /** Blocks until the agent stops or the relay turns it away for good, and says which. */
    public Ending run() {
        try {
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
                    why = ending == Ending.RELAY_SILENT ? "relay not answering" : "relay went away";
                } catch (DeploymentException | IOException e) {
                    why = ConnectFailure.describe(endpoint, e);
                }
                Duration pause = backoff.next();
                LOG.info(why + ", reconnecting in " + LogText.seconds(pause));
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

    private Ending serve(AgentEndpoint agentEndpoint) throws DeploymentException, IOException, InterruptedException {
        RelayChannel channel = new RelayChannel(client.connectToServer(agentEndpoint, endpoint));
        current = channel;
        backoff.connected();
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
}
