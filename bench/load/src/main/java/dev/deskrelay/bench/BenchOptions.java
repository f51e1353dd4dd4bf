package dev.deskrelay.bench;

import static dev.deskrelay.bench.OptionValues.integer;
import static dev.deskrelay.bench.OptionValues.number;
import static dev.deskrelay.bench.OptionValues.path;
import static dev.deskrelay.bench.OptionValues.require;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.accounts.AlertRules;
import dev.deskrelay.bench.relay.HostLimits;

/**
 * Everything a run is told, with bounds: counts, durations and rates are capped so that no run
 * can be unbounded, and the server is either started here or given as a loopback URL.
 *
 * @param url            a server already running (loopback only); null starts Payara Micro here
 * @param addresses      destination addresses to spread over; 0 picks as few as the ephemeral ports allow
 * @param relaySettings  the relay's MicroProfile Config properties, name=value, for a server started here
 * @param jfrSeconds     record a JFR profile of the relay for this long from the start of the hold; 0 none
 * @param reconnect      agents and viewers whose socket the relay drops come back, as real ones do
 * @param nodes          several relay nodes already running, instead of one server
 * @param answerDelay    how long agents take to answer an action, so that actions are in flight
 *                       when a node is lost; it is inside the action round trip
 * @param admin          who invites the viewers' accounts on a relay started elsewhere
 * @param rules          alert rules each viewer's account has on its devices ({@link AlertRules})
 */
public record BenchOptions(Mode mode, int agents, int viewers, int holdSeconds, double connectRate, int maxInFlight,
        double actingShare, Duration actionPeriod, Duration telemetryPeriod, int filesystemsEvery, int echoSockets,
        Duration echoPeriod, int drainSeconds, int addresses, URI url, Path payaraJar, Path relayWar, Path echoWar,
        Path payaraConfig, Path connectionBuffers, Path workDir, Path outDir, String relayHeap, List<String> relaySettings, int ioThreads, int jfrSeconds,
        Duration connectTimeout, boolean reconnect, Nodes nodes, Duration answerDelay, AdminGiven admin, int rules) {

    /**
     * The relay administrator of a relay started elsewhere ({@code --url}, {@code --nodes}), who
     * invites the viewers' accounts: {@code user} (null: not given) with the password in
     * {@code passwordFile} or, without one, in the environment ({@link Admin#PASSWORD_VARIABLE});
     * with {@code setupCodeFile} the relay is fresh and the run makes that administrator first.
     */
    public record AdminGiven(String user, Path passwordFile, Path setupCodeFile) {

        public static final AdminGiven NONE = new AdminGiven(null, null, null);

        public AdminGiven {
            require(user == null || user.matches("[A-Za-z0-9._-]{1,64}"), "admin-user: 1 to 64 letters, digits, . _ -");
            require(user != null || passwordFile == null && setupCodeFile == null,
                    "--admin-password-file and --setup-code-file go with --admin-user");
        }

        /** The administrator, the password read now. */
        public Admin read() {
            return Admin.given(user, passwordFile, System.getenv());
        }
    }

    /**
     * A cluster's nodes, given as their loopback URLs ({@code --nodes}): agents are spread over
     * them at random (by a hash of their number); a viewer goes to its agent's node, or, for the {@code crossShare} of
     * viewers, to the next node, so that same-node and cross-node figures come from one run.
     * With a {@code balancer} ({@code --via}) every socket goes through it instead and the nodes
     * are only told apart by their own figures. {@code firstAgent} numbers this process's agents
     * after those of the generator processes before it; {@code holdOnSignal}: once connected,
     * write {@code ramped} in the output directory and hold only once a file {@code hold}
     * appears there, so that the processes of one run hold together.
     */
    public record Nodes(List<URI> urls, URI balancer, double crossShare, int firstAgent, boolean holdOnSignal) {

        public static final Nodes NONE = new Nodes(List.of(), null, 0, 0, false);

        public Nodes {
            urls = List.copyOf(urls);
            require(crossShare >= 0 && crossShare <= 1, "cross must be between 0 and 1");
            require(firstAgent >= 0 && firstAgent <= MAX_AGENTS * 10, "first-agent must be 0 to " + MAX_AGENTS * 10);
            require(balancer == null || !urls.isEmpty(), "--via needs the nodes behind it (--nodes)");
        }

        public boolean several() {
            return !urls.isEmpty();
        }
    }

    /** Which protocol the load speaks. */
    public enum Mode { RELAY, PROTOTYPE }

    /** Where the build leaves what a relay is started from, relative to the repository root. */
    public static final String PAYARA_JAR = "relay-war/target/payara-micro.jar";
    public static final String RELAY_WAR = "relay-war/target/relay.war";
    public static final String PAYARA_CONFIG = "payara-config";
    public static final String CONNECTION_BUFFERS = "relay-war/target/lib/connection-buffers.jar";

    public static final int MAX_AGENTS = 100_000;
    public static final int MAX_HOLD_SECONDS = 3_600;
    /** The relay's address cap is raised past any run's socket count: every bench socket comes from 127.0.0.1. */
    public static final String SOCKETS_PER_ADDRESS = "deskrelay.max-sockets-per-address=100000";

    public BenchOptions {
        relaySettings = List.copyOf(relaySettings);
        require(agents >= 1 && agents <= MAX_AGENTS, "agents must be 1 to " + MAX_AGENTS);
        require(viewers >= 0 && viewers <= agents, "viewers must be 0 to the number of agents (one device each)");
        require(holdSeconds >= 1 && holdSeconds <= MAX_HOLD_SECONDS, "seconds must be 1 to " + MAX_HOLD_SECONDS);
        require(connectRate >= 1 && connectRate <= 10_000, "connect-rate must be 1 to 10000 a second");
        require(maxInFlight >= 1 && maxInFlight <= 10_000, "max-in-flight must be 1 to 10000");
        require(actingShare >= 0 && actingShare <= 1, "acting must be between 0 and 1");
        require(between(actionPeriod, 100, 600_000), "action-period must be 0.1 s to 10 min");
        require(between(telemetryPeriod, 100, 600_000), "telemetry-period must be 0.1 s to 10 min");
        require(filesystemsEvery >= 0, "filesystems-every must not be negative");
        require(echoSockets >= 0 && echoSockets <= 10_000, "echo must be 0 to 10000 sockets");
        require(between(echoPeriod, 100, 600_000), "echo-period must be 0.1 s to 10 min");
        require(drainSeconds >= 1 && drainSeconds <= 120, "drain must be 1 to 120 s");
        require(addresses >= 0 && addresses <= 254, "addresses must be 0 (auto) to 254");
        require(rules >= 0 && rules <= AlertRules.MAX, "rules must be 0 to " + AlertRules.MAX);
        require(rules == 0 || mode == Mode.RELAY, "--rules is for the relay's protocol");
        require(ioThreads >= 1 && ioThreads <= 64, "io-threads must be 1 to 64");
        require(jfrSeconds >= 0 && jfrSeconds <= MAX_HOLD_SECONDS, "jfr must be 0 to " + MAX_HOLD_SECONDS + " s");
        require(!nodes.several() || url == null, "--url and --nodes exclude each other");
        require(!nodes.several() || mode == Mode.RELAY, "--nodes runs the relay's protocol only");
        require(!nodes.several() || echoSockets == 0, "--nodes has no echo floor: --echo 0");
        require(admin.user() == null || url != null || nodes.several(), "--admin-user is for a relay started elsewhere (--url, --nodes)");
        require(between(answerDelay, 0, 20_000) && answerDelay.toSeconds() < drainSeconds,
                "answer-delay must be 0 to 20 s and shorter than the drain (the relay's action timeout is 30 s)");
    }

    public static BenchOptions defaults() {
        return parse(new String[0]);
    }

    /** {@code --name value} pairs and {@code --no-reconnect}; see {@link #USAGE}. */
    public static BenchOptions parse(String[] args) {
        var values = new HashMap<String, String>();
        var settings = new ArrayList<String>();
        var given = new HashSet<String>();
        boolean reconnect = true;
        boolean holdOnSignal = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--no-reconnect")) {
                reconnect = false;
                continue;
            }
            if (name.equals("--hold-on-signal")) {
                holdOnSignal = true;
                continue;
            }
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + name + "\n" + USAGE);
            }
            String value = args[++i];
            given.add(name);
            if (name.equals("--relay-setting")) {
                require(value.matches("[a-z0-9.-]+=.*"), "--relay-setting takes name=value");
                settings.add(value);
            } else if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            } else {
                values.put(name, value);
            }
        }
        if (given.contains("--nodes")) {
            // the nodes were started elsewhere: what only a relay started here reads would be ignored unsaid
            for (String relayOnly : RELAY_ONLY) {
                require(!given.contains(relayOnly), relayOnly + " is for a relay started here, not for --nodes");
            }
        }
        Mode mode = Mode.valueOf(values.getOrDefault("--mode", "relay").toUpperCase(Locale.ROOT));
        var relaySettings = new ArrayList<String>();
        relaySettings.add(SOCKETS_PER_ADDRESS);
        if (mode == Mode.PROTOTYPE) {
            relaySettings.add("deskrelay.prototype.enabled=true");
        }
        relaySettings.addAll(settings);
        String url = values.get("--url");
        return new BenchOptions(mode,
                integer(values, "--agents", 1000), integer(values, "--viewers", 100), integer(values, "--seconds", 60),
                number(values, "--connect-rate", 500), integer(values, "--max-in-flight", 200),
                number(values, "--acting", 0.5), seconds(values, "--action-period", 5), seconds(values, "--telemetry-period", 1),
                integer(values, "--filesystems-every", 10), integer(values, "--echo", values.containsKey("--nodes") ? 0 : 200),
                seconds(values, "--echo-period", 2),
                integer(values, "--drain", 10), integer(values, "--addresses", 0), url == null ? null : URI.create(url),
                path(values, "--payara-jar", PAYARA_JAR), path(values, "--relay-war", RELAY_WAR),
                path(values, "--echo-war", "bench/echo/target/bench-echo.war"),
                path(values, "--payara-config", PAYARA_CONFIG), path(values, "--connection-buffers", CONNECTION_BUFFERS),
                path(values, "--work-dir", "bench/load/target/bench-work"),
                path(values, "--out", "bench/load/target/bench-results"),
                values.getOrDefault("--relay-heap", "2g"), relaySettings, integer(values, "--io-threads", 2),
                integer(values, "--jfr", 0), Duration.ofSeconds(integer(values, "--connect-timeout", 30)), reconnect,
                nodes(values, holdOnSignal), seconds(values, "--answer-delay", 0),
                new AdminGiven(values.get("--admin-user"), optionalPath(values, "--admin-password-file"),
                        optionalPath(values, "--setup-code-file")),
                integer(values, "--rules", 0));
    }

    private static Nodes nodes(Map<String, String> values, boolean holdOnSignal) {
        List<URI> urls = values.containsKey("--nodes")
                ? java.util.Arrays.stream(values.get("--nodes").split(",")).map(String::trim).map(URI::create).toList()
                : List.of();
        String via = values.get("--via");
        return new Nodes(urls, via == null ? null : URI.create(via), number(values, "--cross", 0),
                integer(values, "--first-agent", 0), holdOnSignal);
    }

    public BenchOptions with(int agents, int viewers, int holdSeconds) {
        return new BenchOptions(mode, agents, viewers, holdSeconds, connectRate, maxInFlight, actingShare, actionPeriod,
                telemetryPeriod, filesystemsEvery, echoSockets, echoPeriod, drainSeconds, addresses, url, payaraJar, relayWar,
                echoWar, payaraConfig, connectionBuffers, workDir, outDir, relayHeap, relaySettings, ioThreads, jfrSeconds, connectTimeout, reconnect,
                nodes, answerDelay, admin, rules);
    }

    /**
     * The destination addresses to spread over: as given, or as few as keep each address within
     * 80 % of the ephemeral ports (the rest stay free for TIME_WAIT and the machine's other programs).
     */
    public int destinationAddresses() {
        if (addresses > 0) {
            return addresses;
        }
        return Math.max(1, (int) Math.ceil(sockets() / (HostLimits.ephemeralPorts() * 0.8)));
    }

    /**
     * The most connecting may take: three times the ramp, or 20 connections a second for a relay
     * slower than that, whichever is longer, plus two minutes. A bound, not a goal.
     */
    public static Duration rampLimit(BenchOptions options) {
        double seconds = Math.max(3 * options.sockets() / options.connectRate(), options.sockets() / 20.0);
        return Duration.ofSeconds((long) seconds + 120);
    }

    /** Neither a server nor a cluster's nodes given: the run starts its own relay. */
    public boolean startsRelay() {
        return url == null && !nodes.several();
    }

    /** All the sockets of the run: the relay holds as many, and the generator too. */
    public int sockets() {
        return agents + viewers + echoSockets;
    }

    public static final String USAGE = """
            java -jar deskrelay-bench.jar [--name value ...]
              --mode relay|prototype    the protocol: /agent and /viewer, or the prototype's /ws (relay)
              --agents N                simulated agents (1000); --viewers M, one device each, M <= N (100)
              --seconds S               how long the load is held once everyone is connected (60)
              --connect-rate R          new connections a second while ramping up (500)
              --max-in-flight K         connections started but not yet ready, at most (200)
              --acting F                share of viewers sending a beep every --action-period seconds (0.5, 5)
              --telemetry-period S      between an agent's samples (1); --filesystems-every N samples (10, 0 none)
              --echo N                  sockets on the echo floor, each sending every --echo-period seconds (200, 2; 0 with --nodes)
              --drain S                 how long to wait for what is owed once sending stops (10)
              --addresses K             loopback destination addresses 127.0.0.1..K (0: as few as ports allow)
              --url ws://127.0.0.1:P/   use a server already running on loopback instead of starting Payara Micro
              --payara-jar, --relay-war, --echo-war, --work-dir, --out   paths (relative to the repository root)
              --payara-config DIR       the relay's pre-boot commands and JVM options, as ./run uses them (payara-config)
              --connection-buffers JAR  the relay's Grizzly buffers, added to Payara (relay-war/target/lib/connection-buffers.jar)
              --relay-heap 2g           the relay's -Xmx; --relay-setting name=value sets a relay property (repeatable)
              --io-threads N            threads running the sockets' callbacks (2)
              --jfr S                   record a JFR profile of the relay for S seconds from the start of the hold (0)
              --connect-timeout S       for one connection to become ready (30)
              --nodes URL,URL,...       relay nodes already running (a cluster): each agent on one picked by a hash of
                                        its number; the options of a relay started here (paths, --relay-*, --jfr,
                                        --addresses) are refused with it
              --cross F                 with --nodes: share of viewers placed on another node than their agent's (0)
              --via URL                 with --nodes: every socket through this balancer instead
              --first-agent N           number this process's agents from N (several generator processes, one run)
              --hold-on-signal          once connected, write OUT/ramped and hold only once OUT/hold exists
              --answer-delay S          agents answer actions after S seconds, so actions are in flight at a node's loss (0)
              --admin-user NAME         with --url or --nodes: the relay's administrator, who invites one account per
                                        viewer; the password from the environment (DESKRELAY_BENCH_ADMIN_PASSWORD) or
              --admin-password-file F   its first line, never on the command line
              --setup-code-file F       with --admin-user: the relay is fresh; set it up with the code in F (the relay's
                                        <data dir>/setup-code), that user and password becoming its administrator
              --rules N                 alert rules each viewer's account has on all its devices, never firing (0 to 7)
            """;

    private static final List<String> KNOWN = List.of("--mode", "--agents", "--viewers", "--seconds", "--connect-rate",
            "--max-in-flight", "--acting", "--action-period", "--telemetry-period", "--filesystems-every", "--echo",
            "--echo-period", "--drain", "--addresses", "--url", "--payara-jar", "--relay-war", "--echo-war", "--payara-config", "--connection-buffers", "--work-dir",
            "--out", "--relay-heap", "--io-threads", "--jfr", "--connect-timeout", "--nodes", "--cross", "--via",
            "--first-agent", "--answer-delay", "--admin-user", "--admin-password-file", "--setup-code-file", "--rules");

    /** What only a relay started here reads: refused with {@code --nodes} as {@code --url} is. */
    private static final List<String> RELAY_ONLY = List.of("--relay-setting", "--relay-heap", "--jfr", "--addresses",
            "--payara-jar", "--relay-war", "--echo-war", "--payara-config", "--connection-buffers", "--work-dir");

    private static Path optionalPath(Map<String, String> values, String name) {
        return values.containsKey(name) ? Path.of(values.get(name)) : null;
    }

    private static Duration seconds(Map<String, String> values, String name, double fallback) {
        return Duration.ofMillis(Math.round(number(values, name, fallback) * 1000));
    }

    private static boolean between(Duration duration, long minMillis, long maxMillis) {
        return duration.toMillis() >= minMillis && duration.toMillis() <= maxMillis;
    }
}
