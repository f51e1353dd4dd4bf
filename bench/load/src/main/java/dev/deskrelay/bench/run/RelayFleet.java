package dev.deskrelay.bench.run;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.accounts.AlertRules;
import dev.deskrelay.bench.accounts.ViewerAccounts;
import dev.deskrelay.bench.load.Clockwork;
import dev.deskrelay.bench.load.Ramp;
import dev.deskrelay.bench.load.Redial;
import dev.deskrelay.bench.load.SimulatedAgent;
import dev.deskrelay.bench.load.SimulatedViewer;
import dev.deskrelay.bench.load.Wheel;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Route;
import dev.deskrelay.bench.socket.Sockets;

/**
 * The real protocol: {@code agents} agents on {@code /agent}, then {@code viewers} viewers on
 * {@code /viewer}, each an account of its own (made by {@link #prepare}) authenticating with its
 * API token and pairing with one agent's code (viewers are spread over the agents), a
 * share of them sending a beep every action period. Agents and viewers the relay drops come back
 * until the hold ends, unless the run says {@code --no-reconnect}.
 */
final class RelayFleet implements Fleet {

    private final Measurements measurements;
    private final Admin admin;
    private final Sockets sockets;
    private final Placement placement;
    private final int firstAgent;
    private final Duration connectTimeout;
    private final List<SimulatedAgent> agents = new ArrayList<>();
    private final List<SimulatedViewer> viewers = new ArrayList<>();
    private final Wheel telemetry;
    private final Wheel actions;
    private final Redial agentsBack;
    private final Redial viewersBack;
    private final int viewerCount;
    private final double actingShare;
    private final int rules;
    private List<String> tokens = List.of();

    RelayFleet(RunSetup setup, Clockwork clockwork) {
        var options = setup.options();
        this.measurements = setup.measurements();
        this.admin = setup.admin();
        this.sockets = setup.sockets();
        this.placement = setup.placement();
        this.firstAgent = options.nodes().firstAgent();
        this.connectTimeout = options.connectTimeout();
        this.viewerCount = options.viewers();
        this.actingShare = options.actingShare();
        this.rules = options.rules();
        agentsBack = redial(options.reconnect(), clockwork, Redial.Kind.AGENT);
        viewersBack = redial(options.reconnect(), clockwork, Redial.Kind.VIEWER);
        Duration delay = options.answerDelay();
        Consumer<Runnable> answering = delay.isZero() ? Runnable::run : answer -> clockwork.later(delay, answer);
        var watched = new BitSet(options.agents());
        for (int viewer = 0; viewer < options.viewers(); viewer++) {
            watched.set(Spread.watched(viewer, options.viewers(), options.agents()));
        }
        for (int number = 0; number < options.agents(); number++) {
            agents.add(new SimulatedAgent(measurements, firstAgent + number, watched.get(number), options.filesystemsEvery(),
                    agentsBack, answering));
        }
        telemetry = new Wheel(options.telemetryPeriod(), Clockwork.TICK, setup::generatorFailed);
        actions = new Wheel(options.actionPeriod(), Clockwork.TICK, setup::generatorFailed);
        clockwork.start(telemetry);
        clockwork.start(actions);
    }

    private Redial redial(boolean on, Clockwork clockwork, Redial.Kind kind) {
        return on ? Redial.on(clockwork, measurements, kind) : Redial.off();
    }

    /** One account and API token per viewer, on the node it will dial (a node may keep its own database). */
    @Override
    public Duration prepare() {
        if (viewerCount == 0) {
            return Duration.ZERO;
        }
        var apis = new ArrayList<URI>();
        for (int index = 0; index < viewerCount; index++) {
            apis.add(viewerRoute(index).endpoint(0));
        }
        ViewerAccounts.Made made = ViewerAccounts.make(admin, apis, AlertRules.first(rules), ViewerAccounts.PARALLEL, ViewerAccounts.limit(viewerCount));
        tokens = made.tokens();
        return made.took();
    }

    private Route viewerRoute(int index) {
        SimulatedAgent agent = watchedBy(index);
        return placement.viewer(index, agent.number(), agents.size() + index);
    }

    private SimulatedAgent watchedBy(int viewer) {
        return agents.get(Spread.watched(viewer, viewerCount, agents.size()));
    }

    @Override
    public Connected connect(Ramp ramp, Duration limit) {
        Ramp.Outcome agentsRamp = ramp.run(agents.size(), number -> {
            SimulatedAgent agent = agents.get(number);
            return agent.connect(sockets, placement.agent(agent.number(), number), connectTimeout)
                    .thenRun(() -> telemetry.add(agent::report));
        }, limit);
        Duration left = limit.minus(agentsRamp.took());
        if (tokens.size() != viewerCount) {
            throw new IllegalStateException("the viewers have no accounts: prepare() first");
        }
        for (int index = 0; index < viewerCount; index++) {
            viewers.add(new SimulatedViewer(measurements, watchedBy(index), Spread.acts(index, actingShare), tokens.get(index),
                    viewersBack));
        }
        Ramp.Outcome viewersRamp = ramp.run(viewers.size(), index -> {
            SimulatedViewer viewer = viewers.get(index);
            if (!viewer.agent().isReady()) {
                measurements.error("no device to pair with (its agent is not ready): viewer");
                return CompletableFuture.failedFuture(new IllegalStateException("agent not ready"));
            }
            return viewer.connect(sockets, viewerRoute(index), connectTimeout)
                    .thenRun(() -> actions.add(viewer::act));
        }, left.isNegative() ? Duration.ZERO : left);
        return new Connected(agentsRamp, viewersRamp);
    }

    /** The agents' ramp alone: the relay's connect rate is enrolments per second. */
    List<SimulatedAgent> agents() {
        return agents;
    }

    @Override
    public int held() {
        return sourcesHeld() + (int) viewers.stream().filter(SimulatedViewer::isHeld).count();
    }

    @Override
    public int sourcesHeld() {
        return (int) agents.stream().filter(SimulatedAgent::isHeld).count();
    }

    @Override
    public void stopSending() {
        agentsBack.stop();
        viewersBack.stop();
        viewers.forEach(SimulatedViewer::stopActing);
        agents.forEach(SimulatedAgent::stopReporting);
    }

    @Override
    public boolean settled() {
        return viewers.stream().allMatch(viewer -> viewer.unanswered() == 0
                && (!viewer.isReady() || viewer.watch().caughtUp(viewer.agent().log())));
    }

    @Override
    public Account account() {
        return Fleets.account(agents, viewers, held());
    }

    @Override
    public List<NodeAccount> byNode(int nodes) {
        int[] agentsHeld = new int[nodes];
        int[] viewersHeld = new int[nodes];
        int[] crossing = new int[nodes];
        long[] unanswered = new long[nodes];
        for (SimulatedAgent agent : agents) {
            if (agent.isHeld() && agent.node() >= 0) {
                agentsHeld[agent.node()]++;
            }
        }
        for (SimulatedViewer viewer : viewers) {
            int node = viewer.node();
            if (node < 0) {
                continue;
            }
            unanswered[node] += viewer.unanswered();
            if (viewer.isHeld()) {
                viewersHeld[node]++;
                if (viewer.agent().node() != node) {
                    crossing[node]++;
                }
            }
        }
        var accounts = new ArrayList<NodeAccount>();
        for (int node = 0; node < nodes; node++) {
            accounts.add(new NodeAccount(agentsHeld[node], viewersHeld[node], crossing[node], unanswered[node]));
        }
        return accounts;
    }

    @Override
    public CompletableFuture<Void> close(Duration patience) {
        return Fleets.close(agents, viewers, patience);
    }
}
