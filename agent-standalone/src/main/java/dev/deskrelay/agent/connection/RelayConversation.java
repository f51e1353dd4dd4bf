package dev.deskrelay.agent.connection;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;

import dev.deskrelay.agent.config.ConfigFileException;
import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;

/**
 * The agent's side of one connection: identify, then report telemetry and answer actions until it
 * ends, keeping watch for a relay that went silent meanwhile.
 */
final class RelayConversation {

    private static final Logger LOG = Logger.getLogger(RelayConversation.class.getName());
    private static final CloseReason GIVING_UP = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE,
            "agent cannot keep its credential");
    private static final CloseReason NOT_ANSWERING = new CloseReason(CloseReason.CloseCodes.GOING_AWAY,
            "relay not answering");

    private final AgentServices services;
    private final RelayWatchdog watchdog;
    private final AtomicReference<Ending> ending = new AtomicReference<>();
    private final CountDownLatch over = new CountDownLatch(1);
    private volatile RelayChannel channel;
    private Future<?> telemetry;

    RelayConversation(AgentServices services) {
        this.services = services;
        this.watchdog = new RelayWatchdog(services.watchdog(), System::nanoTime);
    }

    void opened(RelayChannel openedChannel) {
        channel = openedChannel;
        watchdog.heard();
        channel.send(services.identity().credential()
                .<AgentToRelay>map(stored -> new AgentToRelay.Authenticate(stored.deviceId(), stored.secret(), null))
                .orElseGet(() -> new AgentToRelay.Enroll(services.identity().name())));
    }

    /** A pong, or anything else that shows the relay is still there. */
    void heard() {
        watchdog.heard();
    }

    void received(RelayToAgent message) {
        watchdog.heard();
        if (message instanceof RelayToAgent.Enrolled enrolled) {
            enrolled(enrolled);
        } else if (message instanceof RelayToAgent.Authenticated authenticated) {
            authenticated(authenticated);
        } else if (message instanceof RelayToAgent.PairingCode code) {
            services.console().pairingCode(code);
        } else if (message instanceof RelayToAgent.Action action) {
            services.actions().run(action, channel::send);
        } else if (message instanceof RelayToAgent.Error error) {
            LOG.warning("relay reported " + error.code() + ": " + error.message()
                    + (error.id() == null ? "" : " (request " + error.id() + ")"));
        }
    }

    private void enrolled(RelayToAgent.Enrolled enrolled) {
        try {
            services.identity().remember(enrolled.deviceId(), enrolled.secret(), enrolled.name());
        } catch (ConfigFileException e) {
            LOG.severe(e.getMessage());
            end(Ending.CREDENTIAL_NOT_SAVED);
            channel.close(GIVING_UP);
            return;
        }
        LOG.info("enrolled as device " + enrolled.deviceId() + " (" + enrolled.name() + ")");
        // the relay sends a pairing code with every enrollment: no need to ask for another
        services.pairAfterAuthentication().set(false);
        ready(enrolled.deviceId());
    }

    private void authenticated(RelayToAgent.Authenticated authenticated) {
        LOG.info("authenticated as device " + authenticated.deviceId() + " (" + authenticated.name() + ")");
        ready(authenticated.deviceId());
        if (services.pairAfterAuthentication().getAndSet(false)) {
            channel.send(new AgentToRelay.RequestPairingCode());
        }
    }

    private synchronized void ready(String deviceId) {
        if (ending.get() != null) {
            return;
        }
        services.console().connected(services.relay(), deviceId);
        telemetry = services.telemetry().start(channel::send);
    }

    void closed(CloseReason reason) {
        end(Ending.after(reason));
    }

    /** Blocks until the connection ends, pinging the relay meanwhile and leaving it if it went silent. */
    Ending awaitEnd() throws InterruptedException {
        while (!over.await(watchdog.checkEvery().toMillis(), TimeUnit.MILLISECONDS)) {
            switch (watchdog.check()) {
                case PING -> channel.ping();
                case DEAD -> {
                    LOG.warning("relay not answering for " + LogText.seconds(watchdog.silenceLimit())
                            + ", dropping the connection");
                    end(Ending.RELAY_SILENT);
                    channel.close(NOT_ANSWERING);
                }
                case WAIT -> {
                }
            }
        }
        return ending.get();
    }

    private synchronized void end(Ending why) {
        if (telemetry != null) {
            telemetry.cancel(false);
        }
        if (ending.compareAndSet(null, why)) {
            over.countDown();
        }
    }
}
