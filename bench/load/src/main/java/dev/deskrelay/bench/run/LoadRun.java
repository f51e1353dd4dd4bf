package dev.deskrelay.bench.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.accounts.ViewerAccounts;
import dev.deskrelay.bench.load.Clockwork;
import dev.deskrelay.bench.load.Ramp;
import dev.deskrelay.bench.load.Redial;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.NodeFigures;
import dev.deskrelay.bench.measure.Recovery;
import dev.deskrelay.bench.measure.Percentiles;
import dev.deskrelay.bench.measure.ProcessCpu;
import dev.deskrelay.bench.relay.HostLimits;
import dev.deskrelay.bench.relay.JfrDigest;
import dev.deskrelay.bench.relay.JvmProbe;
import dev.deskrelay.bench.relay.MetricsScrape;
import dev.deskrelay.bench.relay.RelayServer;
import dev.deskrelay.bench.report.RunResult;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.Targets;

/**
 * One run against one server. The relay's figures (CPU, heap, open files, counters, profile)
 * come only when the relay was started here and so its process is known.
 */
public final class LoadRun {

    private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(10);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /**
     * How often a cluster run's hold counts the agents held, to time a recovery after a node's
     * loss: 10,000 agents take well under 1 ms. A single relay has no node to lose, and its hold
     * only wakes up for the progress lines.
     */
    private static final long RECOVERY_EVERY_MILLIS = 200;
    private static final long HOLD_WAKE_MILLIS = 1000;

    private final BenchOptions options;
    private final RelayServer relay;
    private final Admin admin;
    private final PrintStream progress;
    private final Measurements measurements;
    private final Recovery recovery = new Recovery();
    private final long started = System.nanoTime();

    private LoadRun(BenchOptions options, RelayServer relay, Admin admin, PrintStream progress) {
        this.options = options;
        this.relay = relay;
        this.admin = admin;
        this.progress = progress;
        this.measurements = options.nodes().several() ? new Measurements(options.nodes().urls().size()) : new Measurements();
    }

    /**
     * @param relay the server started for this run, or null to use {@code options.url()}
     * @param admin who invites the viewers' accounts; null when no viewer needs one
     */
    public static RunResult run(BenchOptions options, RelayServer relay, Admin admin, PrintStream progress) {
        HostLimits.requireRoomFor(options.sockets(), relay != null);
        return new LoadRun(options, relay, admin, progress).execute();
    }

    private RunResult execute() {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double loadBefore = HostLimits.loadAverage();
        URI base = relay != null ? relay.base() : options.nodes().several() ? options.nodes().urls().get(0) : options.url();
        if (base == null) {
            throw new IllegalArgumentException("no server: start one here or give --url");
        }
        Targets targets = Targets.loopback(base, options.destinationAddresses());
        JvmProbe probe = relay == null ? null : new JvmProbe(relay.pid());
        long heapBefore = liveHeap(probe);
        int filesBefore = relay == null ? -1 : ProcessCpu.openFiles(relay.pid());
        Path jfrFile = options.outDir().toAbsolutePath().resolve("relay-hold.jfr");
        Path rampJfr = options.outDir().toAbsolutePath().resolve("relay-ramp.jfr");

        try (var sockets = new Sockets(options.ioThreads()); var clockwork = new Clockwork()) {
            var setup = new RunSetup(options, measurements, sockets, targets, Placement.of(options, targets), admin);
            Fleet main = options.mode() == BenchOptions.Mode.RELAY ? new RelayFleet(setup, clockwork) : new PrototypeFleet(setup, clockwork);
            double relayCpuBefore = relay == null ? Double.NaN : ProcessCpu.seconds(relay.pid());
            Duration prepared = main.prepare();
            if (!prepared.isZero()) {
                // the relay's CPU for them, which a busy machine's wall time hides; known for a relay started here
                String relayCpu = relay == null ? ""
                        : String.format("; relay CPU %.1f s", ProcessCpu.seconds(relay.pid()) - relayCpuBefore);
                say(String.format("made %d viewer accounts, each with an API token, in %.1f s (%d at a time%s)",
                        options.viewers(), prepared.toMillis() / 1000.0, ViewerAccounts.PARALLEL, relayCpu));
            }
            Fleet echo = new EchoFleet(setup, clockwork, options.agents() + options.viewers());
            var ramp = new Ramp(clockwork, options.connectRate(), options.maxInFlight());
            Duration rampLimit = BenchOptions.rampLimit(options);

            say("connecting " + options.echoSockets() + " echo sockets, then " + options.agents() + " agents and "
                    + options.viewers() + " viewers at " + options.connectRate() + "/s to " + String.join(", ", targets.destinations()));
            echo.connect(ramp, rampLimit);
            boolean rampRecorded = probe != null && options.jfrSeconds() > 0 && startRecording(probe);
            Fleet.Connected connected = main.connect(ramp, rampLimit);
            rampRecorded = rampRecorded && stopRecording(probe, rampJfr);
            Fleet.Account afterRamp = main.account();
            say("connected: " + afterRamp.sourcesReady() + " of " + afterRamp.sources() + " agents, " + afterRamp.watchersReady()
                    + " of " + afterRamp.watchers() + " viewers; errors " + measurements.errors.total() + "; " + reconnects());

            if (options.nodes().holdOnSignal()) {
                // the other processes make their viewers' accounts before they connect, as this one did
                awaitSignal(rampLimit.plus(ViewerAccounts.limit(options.viewers())));
            }
            Hold hold = hold(probe, jfrFile, main, echo);

            main.stopSending();
            echo.stopSending();
            long drainEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.drainSeconds());
            while (!(main.settled() && echo.settled()) && System.nanoTime() < drainEnd) {
                sleep(50);
            }
            long heapAfter = liveHeap(probe);
            List<String> histogram = probe == null ? List.of() : heapHistogram(probe);
            int filesAfter = relay == null ? -1 : ProcessCpu.openFiles(relay.pid());
            Map<String, Double> metrics = relay == null ? Map.of() : MetricsScrape.relay(relay.http("/metrics"));
            Fleet.Account account = main.account();
            Fleet.Account echoes = echo.account();
            List<Fleet.NodeAccount> nodes = options.nodes().several() ? main.byNode(measurements.relayNodes()) : List.of();

            say("closing every socket");
            try {
                CompletableFuture.allOf(main.close(CLOSE_PATIENCE), echo.close(CLOSE_PATIENCE)).get(2, TimeUnit.MINUTES);
            } catch (Exception slowToClose) {
                say("some sockets did not close in time (" + slowToClose.getClass().getSimpleName() + ")");
            }
            var profile = new ArrayList<String>(histogram);
            if (hold.recorded() && Files.exists(jfrFile)) {
                profile.add("");
                profile.add("While the load was held (" + jfrFile.getFileName() + "): ");
                profile.addAll(JfrDigest.of(jfrFile));
            }
            if (rampRecorded && Files.exists(rampJfr)) {
                profile.add("");
                profile.add("While the clients connected (" + rampJfr.getFileName() + "): ");
                profile.addAll(JfrDigest.of(rampJfr));
            }
            return result(startedAt, loadBefore, targets, prepared, connected, hold, account, echoes, heapBefore, heapAfter,
                    filesBefore, filesAfter, metrics, profile, nodes);
        }
    }

    /** The steady state: everyone connected, sending at the configured pace, for the hold time. */
    private record Hold(double seconds, double relayCpuPercent, double generatorCpuPercent, int held, boolean recorded) {
    }

    /**
     * Several generator processes, one run: say this one is connected ({@code ramped}) and wait
     * for the coordinator's {@code hold}, which it writes once every process is connected.
     */
    private void awaitSignal(Duration limit) {
        Path out = options.outDir();
        try {
            Files.writeString(out.resolve("ramped"), Instant.now().toString() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        say("connected; waiting for the signal to hold (" + out.resolve("hold") + ")");
        long end = System.nanoTime() + limit.toNanos();
        while (!Files.exists(out.resolve("hold"))) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("no signal to hold within " + limit.toSeconds() + " s");
            }
            sleep(100);
        }
    }

    private Hold hold(JvmProbe probe, Path jfrFile, Fleet main, Fleet echo) {
        say("holding for " + options.holdSeconds() + " s");
        long self = ProcessHandle.current().pid();
        measurements.hold(true);
        long start = System.nanoTime();
        double relayCpu = relay == null ? Double.NaN : ProcessCpu.seconds(relay.pid());
        double ownCpu = ProcessCpu.seconds(self);
        boolean recording = probe != null && options.jfrSeconds() > 0 && startRecording(probe);
        boolean recorded = recording;
        long end = start + TimeUnit.SECONDS.toNanos(options.holdSeconds());
        long nextReport = start + PROGRESS_EVERY.toNanos();
        long telemetrySent = 0;
        long telemetryReceived = 0;
        long lastReport = start;
        int agents = main.sourcesHeld();
        boolean timingRecovery = options.nodes().several();
        long wake = timingRecovery ? RECOVERY_EVERY_MILLIS : HOLD_WAKE_MILLIS;
        while (System.nanoTime() < end) {
            sleep(Math.min(wake, Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            if (timingRecovery) {
                recovery.observe(System.currentTimeMillis(), main.sourcesHeld(), agents);
            }
            long now = System.nanoTime();
            if (recording && now - start >= TimeUnit.SECONDS.toNanos(options.jfrSeconds())) {
                recorded = stopRecording(probe, jfrFile);
                recording = false;
            }
            if (now >= nextReport && now < end) {
                double seconds = (now - lastReport) / 1e9;
                long sent = measurements.get(Count.TELEMETRY_SENT_HOLD);
                long received = measurements.get(Count.TELEMETRY_RECEIVED_HOLD);
                say(String.format("hold %d/%d s: %d sockets held; telemetry %.0f/s out, %.0f/s in; errors %d; %s",
                        TimeUnit.NANOSECONDS.toSeconds(now - start), options.holdSeconds(), main.held() + echo.held(),
                        (sent - telemetrySent) / seconds, (received - telemetryReceived) / seconds, measurements.errors.total(),
                        reconnects()));
                telemetrySent = sent;
                telemetryReceived = received;
                lastReport = now;
                nextReport = now + PROGRESS_EVERY.toNanos();
            }
        }
        long stop = System.nanoTime();
        double relayCpuAfter = relay == null ? Double.NaN : ProcessCpu.seconds(relay.pid());
        double ownCpuAfter = ProcessCpu.seconds(self);
        int held = main.held() + echo.held();
        measurements.hold(false);
        if (recording) {
            recorded = stopRecording(probe, jfrFile);
        }
        double seconds = (stop - start) / 1e9;
        return new Hold(seconds, 100 * (relayCpuAfter - relayCpu) / seconds / CORES, 100 * (ownCpuAfter - ownCpu) / seconds / CORES,
                held, recorded);
    }

    private boolean startRecording(JvmProbe probe) {
        try {
            probe.startRecording("bench");
            return true;
        } catch (RuntimeException failure) {
            say("could not start JFR: " + failure.getMessage());
            return false;
        }
    }

    private boolean stopRecording(JvmProbe probe, Path file) {
        try {
            Files.createDirectories(file.getParent());
            probe.stopRecording("bench", file);
            return true;
        } catch (Exception failure) {
            say("could not save the JFR recording: " + failure.getMessage());
            return false;
        }
    }

    private RunResult result(String startedAt, double loadBefore, Targets targets, Duration prepared, Fleet.Connected connected, Hold hold,
            Fleet.Account account, Fleet.Account echoes, long heapBefore, long heapAfter, int filesBefore, int filesAfter,
            Map<String, Double> metrics, List<String> profile, List<Fleet.NodeAccount> nodes) {
        var parameters = new RunResult.Parameters(options.mode().name().toLowerCase(), options.agents(), options.viewers(),
                options.holdSeconds(), options.connectRate(), options.maxInFlight(), options.actingShare(),
                options.actionPeriod().toMillis() / 1000.0, options.telemetryPeriod().toMillis() / 1000.0,
                options.filesystemsEvery(), options.echoSockets(), options.echoPeriod().toMillis() / 1000.0,
                options.drainSeconds(), targets.destinations(), options.ioThreads(), options.relayHeap(),
                options.relaySettings(), relay == null ? List.of() : relay.command(), generatorJvm(), reconnecting(),
                options.rules());
        var environment = new RunResult.Environment(startedAt, CORES, System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"), loadBefore, HostLimits.loadAverage(), HostLimits.openFiles(),
                HostLimits.portRange(), hold.generatorCpuPercent());
        double rampSeconds = connected.sources().took().toMillis() / 1000.0;
        var connections = new RunResult.Connections(account.sourcesReady(), account.watchersReady(), echoes.sourcesReady(),
                hold.held(), (connected.sources().took().plus(connected.watchers().took())).toMillis() / 1000.0,
                options.connectRate(), rampSeconds > 0 ? account.sourcesReady() / rampSeconds : Double.NaN,
                measurements.connectToReady.percentiles(),
                reconnects(Redial.Kind.AGENT), reconnects(Redial.Kind.VIEWER), prepared.toMillis() / 1000.0);
        double owedPerSecond = account.watchersReady() / (options.telemetryPeriod().toMillis() / 1000.0);
        var throughput = new RunResult.Throughput(hold.seconds(), perSecond(Count.TELEMETRY_SENT_HOLD, hold),
                perSecond(Count.TELEMETRY_RECEIVED_HOLD, hold), owedPerSecond, perSecond(Count.ACTIONS_SENT_HOLD, hold),
                perSecond(Count.ECHOES_SENT_HOLD, hold), measurements.get(Count.TELEMETRY_SENT),
                measurements.get(Count.TELEMETRY_RECEIVED), measurements.get(Count.ACTIONS_SENT), measurements.get(Count.ECHOES_SENT));
        Percentiles action = measurements.actionRoundTrip.percentiles();
        Percentiles echo = measurements.echoRoundTrip.percentiles();
        var latencies = new RunResult.Latencies(measurements.agentToViewer.percentiles(), measurements.relayToViewer.percentiles(),
                action, echo, action.p50() / echo.p50(), action.p99() / echo.p99());
        RunResult.Relay relaySide = null;
        if (relay != null) {
            long growth = heapAfter - heapBefore;
            relaySide = new RunResult.Relay(relay.pid(), heapBefore, heapAfter,
                    hold.held() > 0 ? (double) growth / hold.held() : Double.NaN,
                    account.sourcesReady() > 0 ? (double) growth / account.sourcesReady() : Double.NaN,
                    hold.relayCpuPercent(), filesBefore, filesAfter, metrics);
        }
        int notReady = account.sources() - account.sourcesReady() + account.watchers() - account.watchersReady()
                + echoes.sources() - echoes.sourcesReady();
        long actionsSent = measurements.get(Count.ACTIONS_SENT);
        long results = measurements.get(Count.ACTION_RESULTS);
        long atAgents = measurements.get(Count.ACTIONS_AT_AGENTS);
        boolean clean = measurements.errors.total() == 0 && notReady == 0 && account.lost() == 0 && account.unanswered() == 0
                && echoes.unanswered() == 0 && results == actionsSent && atAgents == actionsSent;
        var correctness = new RunResult.Correctness(measurements.errors.total(), measurements.errors.snapshot(), notReady,
                account.owed(), account.lost(), account.skipped(), actionsSent, results, atAgents,
                measurements.get(Count.ACTIONS_LOST_WITH_SOCKET), account.unanswered(),
                echoes.unanswered(), clean);
        var loss = new RunResult.Recovery(recovery.firstShortAt(), recovery.backAt(), recovery.stillShort(),
                recovery.fewestHeld());
        var histograms = new RunResult.Histograms(measurements.agentToViewer.encoded(), measurements.actionRoundTrip.encoded());
        return new RunResult(parameters, environment, connections, throughput, latencies, relaySide, correctness, profile,
                nodeResults(nodes), loss, histograms);
    }

    private List<RunResult.Node> nodeResults(List<Fleet.NodeAccount> accounts) {
        var nodes = new ArrayList<RunResult.Node>();
        for (int node = 0; node < accounts.size(); node++) {
            Fleet.NodeAccount account = accounts.get(node);
            NodeFigures figures = measurements.node(node);
            nodes.add(new RunResult.Node(node, account.agentsHeld(), account.viewersHeld(), account.viewersCrossNode(),
                    figures.connectFailures(), figures.droppedSockets(), account.actionsUnanswered(),
                    figures.agentToViewerSameNode.percentiles(), figures.agentToViewerCrossNode.percentiles(),
                    figures.actionSameNode.percentiles(), figures.actionCrossNode.percentiles(),
                    new RunResult.NodeHistograms(figures.agentToViewerSameNode.encoded(),
                            figures.agentToViewerCrossNode.encoded(), figures.actionSameNode.encoded(),
                            figures.actionCrossNode.encoded())));
        }
        return nodes;
    }

    private RunResult.Reconnects reconnects(Redial.Kind kind) {
        return new RunResult.Reconnects(measurements.get(kind.attempted()), measurements.get(kind.succeeded()));
    }

    /** For the progress lines: reconnects attempted and succeeded so far. */
    private String reconnects() {
        if (!reconnecting()) {
            return "reconnecting off";
        }
        var agents = reconnects(Redial.Kind.AGENT);
        var viewers = reconnects(Redial.Kind.VIEWER);
        return "reconnects attempted/succeeded: agents " + agents.attempted() + "/" + agents.succeeded() + ", viewers "
                + viewers.attempted() + "/" + viewers.succeeded();
    }

    /** The prototype's clients never come back: only the real protocol's agents and viewers do. */
    private boolean reconnecting() {
        return options.reconnect() && options.mode() == BenchOptions.Mode.RELAY;
    }

    private double perSecond(Count count, Hold hold) {
        return measurements.get(count) / hold.seconds();
    }

    private List<String> heapHistogram(JvmProbe probe) {
        try {
            return probe.heapHistogram(15);
        } catch (RuntimeException failure) {
            say("could not read the relay's heap histogram: " + failure.getMessage());
            return List.of();
        }
    }

    private long liveHeap(JvmProbe probe) {
        if (probe == null) {
            return -1;
        }
        try {
            return probe.liveHeapKiB();
        } catch (RuntimeException failure) {
            say("could not read the relay's heap: " + failure.getMessage());
            return -1;
        }
    }

    private static List<String> generatorJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-X")).toList();
    }

    private void say(String line) {
        progress.printf("[%4d s] %s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), line);
        progress.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
