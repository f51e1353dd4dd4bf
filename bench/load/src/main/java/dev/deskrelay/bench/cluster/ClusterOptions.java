package dev.deskrelay.bench.cluster;

import static dev.deskrelay.bench.OptionValues.integer;
import static dev.deskrelay.bench.OptionValues.number;
import static dev.deskrelay.bench.OptionValues.path;
import static dev.deskrelay.bench.OptionValues.require;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.deskrelay.bench.BenchOptions;

/**
 * How a cluster run is made: the nodes (started here, or {@code urls} of nodes already running),
 * the load, how it is split over generator processes, and the node to kill mid-hold, if any.
 * Options after {@code --} go to every generator process as they are.
 */
record ClusterOptions(int nodes, List<URI> urls, int agents, int viewers, int holdSeconds, double crossShare,
        boolean gridRouting, boolean postgres, boolean haproxy, int processes, int killNode, double killAfterSeconds, String nodeHeap,
        Path payaraJar, Path relayWar, Path payaraConfig, Path connectionBuffers, Path postgresDriver, Path benchJar,
        Path workDir, Path outDir, List<String> generatorArguments) {

    /** Sockets one generator process is given at most: the open files limit here is 20,000, and the JDK needs some. */
    static final int SOCKETS_PER_PROCESS = 15_000;
    static final int MAX_NODES = 9;
    static final int MAX_PROCESSES = 16;
    /** HAProxy holds two open files a socket, and may open 20,000 here too. */
    static final int SOCKETS_THROUGH_HAPROXY = 9_500;
    static final String TRUSTED_HAPROXY = "deskrelay.trusted-proxies=127.0.0.1";
    /** Stands for the ports of nodes and HAProxy not started yet, where the generator's options are checked. */
    private static final int PLACEHOLDER_PORT = 1;

    ClusterOptions {
        urls = List.copyOf(urls);
        generatorArguments = List.copyOf(generatorArguments);
        require(nodes >= 2 && nodes <= MAX_NODES, "nodes must be 2 to " + MAX_NODES);
        require(urls.isEmpty() || urls.size() == nodes, "--urls names every node");
        require(agents >= 1 && agents <= BenchOptions.MAX_AGENTS, "agents must be 1 to " + BenchOptions.MAX_AGENTS);
        require(viewers >= 0 && viewers <= agents, "viewers must be 0 to the number of agents");
        // the nodes are read one second before the end of the hold: a few seconds between their two readings
        require(holdSeconds >= 5 && holdSeconds <= BenchOptions.MAX_HOLD_SECONDS, "seconds must be 5 to " + BenchOptions.MAX_HOLD_SECONDS);
        require(crossShare >= 0 && crossShare <= 1, "cross must be between 0 and 1");
        require(!haproxy || crossShare == 0, "--cross does not apply through HAProxy: it picks each socket's node");
        // each node's own H2 knows only the devices enrolled on it: whatever meets another node's devices fails
        boolean ownDatabases = !postgres && urls.isEmpty();
        require(!ownDatabases || crossShare == 0,
                "with --database h2 each node has its own database: a viewer can't pair with an agent on another node (--cross 0)");
        require(!ownDatabases || killNode < 0,
                "with --database h2 each node has its own database: the killed node's agents are unknown where they fail over to");
        require(!ownDatabases || !haproxy,
                "with --database h2 each node has its own database: HAProxy sends an agent's or viewer's reconnection to any node");
        require(processes >= 0 && processes <= MAX_PROCESSES, "processes must be 0 (as few as fit) to " + MAX_PROCESSES);
        require(processes == 0 || (agents + viewers + processes - 1) / processes <= SOCKETS_PER_PROCESS,
                "at most " + SOCKETS_PER_PROCESS + " sockets a generator process: more processes");
        require(!haproxy || agents + viewers <= SOCKETS_THROUGH_HAPROXY,
                "through HAProxy at most " + SOCKETS_THROUGH_HAPROXY + " sockets: it holds two open files a socket");
        require(killNode >= -1 && killNode < nodes, "kill-node must be a node, 0 to " + (nodes - 1));
        require(killNode < 0 || urls.isEmpty(), "--kill-node kills a node started here, not one of --urls");
        require(killAfterSeconds > 0 && killAfterSeconds < holdSeconds, "kill-after must be within the hold");
        for (String argument : List.of("--nodes", "--agents", "--viewers", "--seconds", "--cross", "--first-agent", "--out",
                "--hold-on-signal", "--url", "--via")) {
            require(!generatorArguments.contains(argument), argument + " is set by the cluster run, not after --");
        }
        if (urls.isEmpty()) {
            for (String argument : List.of("--admin-user", "--admin-password-file", "--setup-code-file")) {
                require(!generatorArguments.contains(argument), argument + " is for nodes given (--urls): the run sets up the nodes it starts");
            }
        }
    }

    static ClusterOptions parse(String[] args) {
        int split = Arrays.asList(args).indexOf("--");
        List<String> own = Arrays.asList(args).subList(0, split < 0 ? args.length : split);
        List<String> passed = split < 0 ? List.of() : Arrays.asList(args).subList(split + 1, args.length);
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < own.size(); i += 2) {
            String name = own.get(i);
            require(KNOWN.contains(name) && i + 1 < own.size(), "unknown option or missing value: " + name);
            values.put(name, own.get(i + 1));
        }
        List<URI> urls = values.containsKey("--urls")
                ? Arrays.stream(values.get("--urls").split(",")).map(String::trim).map(URI::create).toList() : List.of();
        int seconds = integer(values, "--seconds", 60);
        String database = values.getOrDefault("--database", "postgresql");
        require(database.equals("postgresql") || database.equals("h2"), "database must be postgresql or h2");
        String balancer = values.getOrDefault("--balancer", "none");
        require(balancer.equals("none") || balancer.equals("haproxy"), "balancer must be none or haproxy");
        String grid = values.getOrDefault("--grid", "on");
        require(grid.equals("on") || grid.equals("off"), "grid must be on or off");
        var options = new ClusterOptions(urls.isEmpty() ? integer(values, "--nodes", 2) : urls.size(), urls,
                integer(values, "--agents", 2000), integer(values, "--viewers", 200), seconds,
                number(values, "--cross", balancer.equals("haproxy") ? 0 : 0.5),
                grid.equals("on"), database.equals("postgresql"), balancer.equals("haproxy"), integer(values, "--processes", 0),
                integer(values, "--kill-node", -1), number(values, "--kill-after", seconds / 3.0),
                values.getOrDefault("--node-heap", "2g"),
                path(values, "--payara-jar", BenchOptions.PAYARA_JAR), path(values, "--relay-war", BenchOptions.RELAY_WAR),
                path(values, "--payara-config", BenchOptions.PAYARA_CONFIG),
                path(values, "--connection-buffers", BenchOptions.CONNECTION_BUFFERS),
                path(values, "--postgres-driver", "relay-war/target/lib/postgresql.jar"),
                path(values, "--bench-jar", "bench/load/target/deskrelay-bench.jar"),
                path(values, "--work-dir", "bench/load/target/bench-work/cluster"),
                path(values, "--out", "bench/load/target/bench-results/cluster"), new ArrayList<>(passed));
        // here, before anything is started, rather than in each generator process once everything has been
        options.generator();
        return options;
    }

    /**
     * What the largest generator process is told, as {@link BenchOptions} read it: the options
     * after {@code --} checked with what the coordinator adds, and the pace ({@code --connect-rate},
     * {@code --max-in-flight}) the ramp's limit follows. Nodes started here have no port yet:
     * placeholders stand for them and for HAProxy.
     */
    BenchOptions generator() {
        List<URI> nodeUrls = urls.isEmpty()
                ? IntStream.range(0, nodes).mapToObj(node -> URI.create("ws://127.0.0.1:" + (PLACEHOLDER_PORT + node) + "/")).toList()
                : urls;
        URI via = haproxy ? URI.create("ws://127.0.0.1:" + PLACEHOLDER_PORT + "/") : null;
        int processes = generatorProcesses();
        return BenchOptions.parse(processArguments(nodeUrls, via, share(agents, processes, 0), share(viewers, processes, 0), 0,
                outDir).toArray(String[]::new));
    }

    /**
     * One generator process's options: its share of the load, numbered from {@code firstAgent},
     * over {@code nodeUrls} or all through {@code via} (null: none), then those after {@code --}.
     */
    List<String> processArguments(List<URI> nodeUrls, URI via, int processAgents, int processViewers, int firstAgent, Path out) {
        var arguments = new ArrayList<>(List.of("--nodes", nodeUrls.stream().map(URI::toString).collect(Collectors.joining(",")),
                "--agents", Integer.toString(processAgents), "--viewers", Integer.toString(processViewers),
                "--seconds", Integer.toString(holdSeconds), "--cross", Double.toString(crossShare),
                "--first-agent", Integer.toString(firstAgent), "--hold-on-signal", "--out", out.toString()));
        if (via != null) {
            arguments.addAll(List.of("--via", via.toString()));
        }
        arguments.addAll(generatorArguments);
        return arguments;
    }

    /**
     * The relay properties of each node started here. Behind HAProxy ({@code option forwardfor})
     * every socket comes from 127.0.0.1: the nodes believe its X-Forwarded-For, as {@code ./run
     * cluster} sets them up, so that the limits per address count each client as in production.
     */
    List<String> nodeSettings() {
        return haproxy ? List.of(BenchOptions.SOCKETS_PER_ADDRESS, TRUSTED_HAPROXY) : List.of(BenchOptions.SOCKETS_PER_ADDRESS);
    }

    /** For the report: "on" or "off", or "unknown" for nodes given ({@code --urls}), which were started elsewhere. */
    String gridRoutingAsRun() {
        return !urls.isEmpty() ? "unknown" : gridRouting ? "on" : "off";
    }

    /** For the report: the share of viewers placed on another node than their agent; NaN where HAProxy picks. */
    double crossShareAsRun() {
        return haproxy ? Double.NaN : crossShare;
    }

    /** As few generator processes as hold the sockets, unless told. */
    int generatorProcesses() {
        return processes > 0 ? processes : Math.max(1, (agents + viewers + SOCKETS_PER_PROCESS - 1) / SOCKETS_PER_PROCESS);
    }

    /** The {@code index}-th of {@code parts} nearly equal parts of {@code total}, the larger ones first. */
    static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    static final String USAGE = """
            java -cp deskrelay-bench.jar dev.deskrelay.bench.cluster.ClusterMain [--name value ...] [-- generator options]
              --nodes N                 relay nodes started here, on loopback (2)
              --urls ws://..,ws://..    or nodes already running (no node CPU, no kill then)
              --agents N, --viewers M   the load, over all nodes and processes (2000, 200)
              --seconds S               the hold, all processes together (60)
              --cross F                 share of viewers on another node than their device's agent (0.5; 0, and
                                        refused, with --balancer haproxy, which picks each socket's node)
              --grid on|off             the relay's grid routing, DESKRELAY_CLUSTER_ENABLED (on; unknown with --urls)
              --database postgresql|h2  one PostgreSQL started here for all nodes, or an H2 each (only with --cross 0,
                                        no --kill-node, --balancer none: nothing may meet another node's devices) (postgresql)
              --balancer none|haproxy   sockets straight to their nodes, or all through HAProxy (payara-config/haproxy.cfg) (none)
              --processes P             generator processes (0: as few as hold 15,000 sockets each)
              --kill-node K             kill -9 node K mid-hold (-1: none); --kill-after S into the hold (a third of it)
              --node-heap 2g            each node's -Xmx
              --payara-jar, --relay-war, --payara-config, --connection-buffers, --postgres-driver, --bench-jar,
              --work-dir, --out         paths (relative to the repository root)
            Nodes started here are set up with an administrator of the run's own, who invites one account per viewer;
            nodes given (--urls) need theirs after --: --admin-user NAME and DESKRELAY_BENCH_ADMIN_PASSWORD or
            --admin-password-file F (see the generator's options).
            """;

    private static final List<String> KNOWN = List.of("--nodes", "--urls", "--agents", "--viewers", "--seconds", "--cross",
            "--grid", "--database", "--balancer", "--processes", "--kill-node", "--kill-after", "--node-heap", "--payara-jar", "--relay-war",
            "--payara-config", "--connection-buffers", "--postgres-driver", "--bench-jar", "--work-dir", "--out");

}
