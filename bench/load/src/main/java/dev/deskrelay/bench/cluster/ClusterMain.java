package dev.deskrelay.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

import dev.deskrelay.bench.BenchOptions;
import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.accounts.RelaySetup;
import dev.deskrelay.bench.accounts.ViewerAccounts;
import dev.deskrelay.bench.measure.ProcessCpu;
import dev.deskrelay.bench.relay.HostLimits;
import dev.deskrelay.bench.relay.MetricsScrape;
import dev.deskrelay.bench.relay.RelayServer;
import dev.deskrelay.bench.report.JsonReport;
import dev.deskrelay.harness.FreePorts;
import dev.deskrelay.harness.Haproxy;
import dev.deskrelay.harness.HaproxyConfig;
import dev.deskrelay.harness.ThrowawayPostgres;

/**
 * One load run over a cluster on loopback: PostgreSQL (unless each node keeps an H2), N relay
 * nodes joined on the data grid, the generator processes; all hold together, the nodes are read
 * at the hold's start and end, one node may be killed (SIGKILL) during it, and the processes'
 * results are merged into {@code cluster-result.md} and {@code cluster-result.json}. Everything
 * started here is stopped at the end, on failure too, and a watchdog ends a run that outlives
 * every phase's limit. Exit status as {@code Main}'s: 0 correct, 3 finished with errors or
 * losses, 1 could not run.
 */
public final class ClusterMain {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final long END_SAMPLE_AHEAD_MILLIS = 1000;

    private final ClusterOptions options;
    private final List<RelayServer> nodes = new ArrayList<>();
    private ThrowawayPostgres postgres;
    private Haproxy haproxy;
    private Generators generators;

    private ClusterMain(ClusterOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        ClusterOptions options;
        try {
            options = ClusterOptions.parse(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(ClusterOptions.USAGE);
            System.exit(1);
            return;
        }
        var run = new ClusterMain(options);
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopAll, "bench-cluster-stop"));
        startWatchdog(options);
        try {
            ClusterResult result = run.execute();
            System.exit(result.totals().clean() ? 0 : 3);
        } catch (RuntimeException failure) {
            System.err.println("The cluster run failed: " + failure.getMessage());
            System.exit(1);
        }
    }

    private ClusterResult execute() {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        double loadBefore = HostLimits.loadAverage();
        Path out = options.outDir().resolve(startedAt.replace(":", "") + "-" + options.nodes() + "x" + options.agents() + "x"
                + options.viewers() + "x" + options.holdSeconds() + "s");
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<URI> urls = options.urls().isEmpty() ? startNodes() : options.urls();
        say("nodes " + urls.stream().map(URI::toString).collect(Collectors.joining(", ")) + "; starting "
                + options.generatorProcesses() + " generator processes (their logs: " + out + "/generator-*/generator.log)");
        URI via = null;
        if (options.haproxy()) {
            haproxy = Haproxy.start(options.payaraConfig().resolve(HaproxyConfig.FILE), options.workDir().toAbsolutePath().resolve("haproxy"),
                    IntStream.range(0, urls.size())
                            .mapToObj(node -> new HaproxyConfig.Server("node" + node, urls.get(node).getHost(), urls.get(node).getPort()))
                            .toList());
            via = URI.create("ws://" + haproxy.base().getRawAuthority() + "/");
            say("HAProxy in front at " + via);
        }
        // nodes given were set up by whoever started them: the generators are told their administrator after --
        List<String> admin = options.urls().isEmpty() && options.viewers() > 0 ? setUpAdmin() : List.of();
        generators = Generators.start(options, urls, via, out, admin);
        generators.awaitRamped(rampLimit(options).toMillis());
        say("every process connected; holding for " + options.holdSeconds() + " s");

        List<NodeSample> starts = sample(urls);
        generators.hold();
        long holdStart = System.currentTimeMillis();
        ClusterReport.Kill kill = null;
        if (options.killNode() >= 0) {
            sleepUntil(holdStart + (long) (options.killAfterSeconds() * 1000));
            long at = System.currentTimeMillis();
            nodes.get(options.killNode()).kill();
            kill = new ClusterReport.Kill(options.killNode(), (at - holdStart) / 1000.0, at);
            say("killed node " + options.killNode() + " (SIGKILL)");
        }
        // a little before the processes end their hold and start closing sockets, so the nodes' counts are the held load's
        sleepUntil(holdStart + options.holdSeconds() * 1000L - END_SAMPLE_AHEAD_MILLIS);
        List<NodeSample> ends = sample(urls);
        List<JsonObject> results = generators.results(Duration.ofMinutes(10).toMillis());

        var setup = new ClusterResult.Setup(startedAt, options.nodes(), generators.count(), options.agents(), options.viewers(),
                options.holdSeconds(), options.crossShareAsRun(), options.gridRoutingAsRun(),
                !options.urls().isEmpty() ? "nodes given" : options.postgres() ? "PostgreSQL" : "H2 on each node",
                options.haproxy() ? "through HAProxy" : "direct", loadBefore, HostLimits.loadAverage(), options.generatorArguments());
        ClusterResult result = ClusterReport.merge(setup, results, starts, ends, CORES, kill);
        String markdown = ClusterReport.markdown(result);
        try {
            Files.writeString(out.resolve("cluster-result.md"), markdown);
            Files.writeString(out.resolve("cluster-result.json"), JsonReport.write(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(markdown);
        say("written to " + out.toAbsolutePath());
        return result;
    }

    /**
     * PostgreSQL if asked, then the first node alone (it creates the schema in an empty database),
     * then the others together. Each node's grid port is chosen free and all are listed to each.
     */
    private List<URI> startNodes() {
        Path work = options.workDir().toAbsolutePath();
        RelayServer.Database database = null;
        if (options.postgres()) {
            say("starting PostgreSQL");
            // room for several nodes' connection pools, more than PostgreSQL's default 100
            postgres = ThrowawayPostgres.start(work, Map.of("max_connections", "300"));
            database = new RelayServer.Database(postgres.host(), postgres.port(), postgres.name(), postgres.user(),
                    postgres.password());
        }
        // below the ephemeral range, where one of the nodes' own outgoing connections could take a port first
        int firstGridPort = FreePorts.consecutive(options.nodes());
        List<Integer> gridPorts = IntStream.range(firstGridPort, firstGridPort + options.nodes()).boxed().toList();
        String members = gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        String clusterName = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        var launches = new ArrayList<RelayServer.Launch>();
        for (int node = 0; node < options.nodes(); node++) {
            launches.add(new RelayServer.Launch(options.payaraJar(), options.relayWar(), null, options.payaraConfig(),
                    options.connectionBuffers(), work.resolve("node" + node), options.nodeHeap(), 1, options.nodeSettings(),
                    new RelayServer.Node(clusterName, "node" + node, gridPorts.get(node), members, options.gridRouting(), database,
                            options.postgresDriver())));
        }
        say("starting node 0 (grid routing " + (options.gridRouting() ? "on" : "off") + ", "
                + (database == null ? "H2 each" : database) + ")");
        nodes.add(RelayServer.start(launches.get(0)));
        say("starting nodes 1 to " + (options.nodes() - 1));
        var others = launches.subList(1, launches.size()).stream()
                .map(launch -> CompletableFuture.supplyAsync(() -> RelayServer.start(launch))).toList();
        RuntimeException failed = null;
        for (var other : others) {
            try {
                nodes.add(other.join());
            } catch (RuntimeException failure) {
                failed = failure;
            }
        }
        if (failed != null) {
            throw failed;
        }
        nodes.forEach(node -> say("node pid " + node.pid() + " at " + node.base() + ", log " + node.log()));
        return nodes.stream().map(RelayServer::base).toList();
    }

    /**
     * The nodes started here are fresh: an administrator made with node 0's setup code (with every
     * node's, when each keeps its own H2), whom the generators invite their viewers' accounts as.
     * The password reaches them in an owner-only file, not on their command lines.
     *
     * @return the generators' options naming that administrator
     */
    private List<String> setUpAdmin() {
        Admin admin = Admin.generated();
        for (RelayServer node : options.postgres() ? nodes.subList(0, 1) : nodes) {
            RelaySetup.setUp(node.base(), node.setupCodeFile(), admin);
        }
        Path password = options.workDir().toAbsolutePath().resolve("admin-password");
        admin.writePassword(password);
        say("set the nodes up with administrator " + admin.username() + " (password in " + password + ")");
        return List.of("--admin-user", admin.username(), "--admin-password-file", password.toString());
    }

    /** Each node now; null for one that can't be read (killed). CPU only for nodes started here. */
    private List<NodeSample> sample(List<URI> urls) {
        var samples = new ArrayList<NodeSample>();
        for (int node = 0; node < urls.size(); node++) {
            RelayServer server = nodes.isEmpty() ? null : nodes.get(node);
            if (server != null && !server.isAlive()) {
                samples.add(null);
                continue;
            }
            URI ws = urls.get(node);
            URI metrics = URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/metrics");
            samples.add(new NodeSample(System.currentTimeMillis(), server == null ? Double.NaN : ProcessCpu.seconds(server.pid()),
                    MetricsScrape.relay(metrics)));
        }
        return samples;
    }

    /**
     * A single run's limit for the largest process's sockets at its pace (the generator options'
     * {@code --connect-rate}), twice: the processes connect at the same time, so each at most at
     * its own rate; before that, each makes its viewers' accounts.
     */
    static Duration rampLimit(ClusterOptions options) {
        BenchOptions largest = options.generator();
        return BenchOptions.rampLimit(largest).multipliedBy(2).plus(ViewerAccounts.limit(largest.viewers()));
    }

    private void stopAll() {
        if (generators != null) {
            generators.close();
        }
        if (haproxy != null) {
            haproxy.close();
        }
        nodes.parallelStream().forEach(RelayServer::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void startWatchdog(ClusterOptions options) {
        Duration most = Duration.ofMinutes(3 * 3) // PostgreSQL, the first node, then the others
                .plus(rampLimit(options))
                .plusSeconds(options.holdSeconds())
                .plusMinutes(15); // drain, close, results
        var watchdog = new Thread(() -> {
            try {
                Thread.sleep(most.toMillis());
                System.err.println("The cluster run took longer than " + most.toMinutes() + " min: stopping it.");
                System.exit(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-cluster-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void sleepUntil(long wallMillis) {
        long left = wallMillis - System.currentTimeMillis();
        if (left <= 0) {
            return;
        }
        try {
            Thread.sleep(left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void say(String line) {
        System.err.println("[cluster " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
        System.err.flush();
    }
}
