package dev.deskrelay.agent.connection;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.logging.Logger;

import jakarta.websocket.CloseReason;

import dev.deskrelay.agent.credentials.CredentialFileException;
import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.RelayToAgent;

/** The agent's side of one connection: identify, then report telemetry and answer actions until it ends. */
final class RelayConversation {

    private static final Logger LOG = Logger.getLogger(RelayConversation.class.getName());
    private static final CloseReason GIVING_UP = new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE,
            "agent cannot keep its credential");

    private final AgentServices services;
    private final CompletableFuture<Ending> ended = new CompletableFuture<>();
    private volatile RelayChannel channel;
    private volatile Future<?> telemetry;

    RelayConversation(AgentServices services) {
        this.services = services;
    }

    void opened(RelayChannel openedChannel) {
        channel = openedChannel;
        channel.send(services.identity().credential()
                .<AgentToRelay>map(stored -> new AgentToRelay.Authenticate(stored.deviceId(), stored.secret(), null))
                .orElseGet(() -> new AgentToRelay.Enroll(services.identity().name())));
    }

    void received(RelayToAgent message) {
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
        } catch (CredentialFileException e) {
            LOG.severe(e.getMessage());
            ended.complete(Ending.CREDENTIAL_NOT_SAVED);
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

    private void ready(String deviceId) {
        services.console().connected(services.relay(), deviceId);
        telemetry = services.telemetry().start(channel::send);
    }

    void closed(CloseReason reason) {
        Future<?> running = telemetry;
        if (running != null) {
            running.cancel(false);
        }
        ended.complete(Ending.after(reason));
    }

    Ending awaitEnd() {
        return ended.join();
    }
}
