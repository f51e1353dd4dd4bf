package dev.deskrelay.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.deskrelay.bench.load.Clockwork;
import dev.deskrelay.bench.load.EchoClient;
import dev.deskrelay.bench.load.Ramp;
import dev.deskrelay.bench.load.Wheel;
import dev.deskrelay.bench.relay.RelayServer;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.Targets;

/** The floor: a few hundred sockets to the echo endpoint, each sending one frame every echo period. */
final class EchoFleet implements Fleet {

    private final Sockets sockets;
    private final Targets targets;
    private final Duration connectTimeout;
    private final int firstSocket;
    private final List<EchoClient> clients = new ArrayList<>();
    private final Wheel pings;

    /** @param firstSocket the run's socket number of the first echo socket, for spreading over addresses */
    EchoFleet(RunSetup setup, Clockwork clockwork, int firstSocket) {
        var options = setup.options();
        this.sockets = setup.sockets();
        this.targets = setup.targets();
        this.connectTimeout = options.connectTimeout();
        this.firstSocket = firstSocket;
        for (int i = 0; i < options.echoSockets(); i++) {
            clients.add(new EchoClient(setup.measurements()));
        }
        pings = new Wheel(options.echoPeriod(), Clockwork.TICK, setup::generatorFailed);
        clockwork.start(pings);
    }

    @Override
    public Connected connect(Ramp ramp, Duration limit) {
        return new Connected(ramp.run(clients.size(), index -> {
            EchoClient client = clients.get(index);
            return client.connect(sockets, targets.endpoint(firstSocket + index, RelayServer.echoPath()), connectTimeout)
                    .thenRun(() -> pings.add(client::ping));
        }, limit), new Ramp.Outcome(0, 0, Duration.ZERO));
    }

    @Override
    public int held() {
        return (int) clients.stream().filter(EchoClient::isHeld).count();
    }

    @Override
    public int sourcesHeld() {
        return held();
    }

    @Override
    public void stopSending() {
        clients.forEach(EchoClient::stop);
    }

    @Override
    public boolean settled() {
        return clients.stream().allMatch(client -> client.unanswered() == 0);
    }

    @Override
    public Account account() {
        int ready = (int) clients.stream().filter(EchoClient::isReady).count();
        return new Account(clients.size(), ready, 0, 0, held(), 0, 0, 0,
                clients.stream().mapToLong(EchoClient::unanswered).sum());
    }

    @Override
    public CompletableFuture<Void> close(Duration patience) {
        return CompletableFuture.allOf(clients.stream().map(client -> client.close(patience)).toArray(CompletableFuture[]::new));
    }
}
