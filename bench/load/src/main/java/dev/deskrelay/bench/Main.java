package dev.deskrelay.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.deskrelay.bench.accounts.Admin;
import dev.deskrelay.bench.accounts.RelaySetup;
import dev.deskrelay.bench.accounts.ViewerAccounts;
import dev.deskrelay.bench.relay.HostLimits;
import dev.deskrelay.bench.relay.RelayServer;
import dev.deskrelay.bench.report.JsonReport;
import dev.deskrelay.bench.report.MarkdownReport;
import dev.deskrelay.bench.report.RunResult;
import dev.deskrelay.bench.run.LoadRun;

/**
 * Runs the benchmark once and prints its markdown table; writes {@code result.md} and
 * {@code result.json} to the output directory. Exit status: 0 the run was correct, 3 it finished
 * but something was wrong (errors, losses, unanswered actions: see the table), 1 it could not run.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
            if (options.startsRelay()) {
                HostLimits.requireRoomFor(options.sockets(), true);
            }
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(1);
            return;
        }
        startWatchdog(options);
        RelayServer relay = null;
        try {
            Files.createDirectories(options.outDir());
            if (options.startsRelay()) {
                System.err.println("Starting Payara Micro with the relay" + (options.echoSockets() > 0 ? " and the echo floor" : "") + "...");
                relay = RelayServer.start(new RelayServer.Launch(options.payaraJar(), options.relayWar(),
                        options.echoSockets() > 0 ? options.echoWar() : null, options.payaraConfig(),
                        options.connectionBuffers(), options.workDir(),
                        options.relayHeap(), options.destinationAddresses(), options.relaySettings(), null));
                // for the run script, which kills it should this JVM be killed before its shutdown hook runs
                Files.writeString(options.outDir().resolve("relay.pid"), relay.pid() + "\n");
                RelayServer started = relay;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "bench-stop-relay"));
                System.err.println("Relay pid " + relay.pid() + " on port " + relay.port() + "; its log: " + relay.log());
            }
            RunResult result = LoadRun.run(options, relay, admin(options, relay), System.err);
            String markdown = MarkdownReport.write(result);
            Files.writeString(options.outDir().resolve("result.md"), markdown);
            Files.writeString(options.outDir().resolve("result.json"), JsonReport.write(result));
            System.out.println(markdown);
            System.err.println("Written to " + options.outDir().toAbsolutePath());
            stop(relay);
            System.exit(result.correctness().clean() ? 0 : 3);
        } catch (IOException e) {
            fail(relay, new UncheckedIOException(e));
        } catch (RuntimeException failure) {
            fail(relay, failure);
        }
    }

    /**
     * Who invites the viewers' accounts: for a relay started here, an administrator the run makes
     * with the relay's setup code; for one started elsewhere, the one given (made first if its
     * setup code is given). Null when no viewer needs an account.
     */
    private static Admin admin(BenchOptions options, RelayServer relay) {
        if (options.mode() != BenchOptions.Mode.RELAY || options.viewers() == 0) {
            return null;
        }
        if (relay != null) {
            return RelaySetup.setUpFresh(relay.base(), relay.setupCodeFile());
        }
        Admin admin = options.admin().read();
        Path setupCode = options.admin().setupCodeFile();
        if (setupCode != null) {
            RelaySetup.setUp(options.url() != null ? options.url() : options.nodes().urls().get(0), setupCode, admin);
        }
        return admin;
    }

    /** A run that somehow outlives every phase's own limit is ended here, relay and all. */
    private static void startWatchdog(BenchOptions options) {
        Duration most = Duration.ofMinutes(3) // Payara Micro's start
                .plus(BenchOptions.rampLimit(options).multipliedBy(2)) // the ramps: echo, then agents and viewers
                .plus(ViewerAccounts.limit(options.viewers()))
                .plusSeconds(options.holdSeconds() + options.drainSeconds())
                .plusMinutes(10); // heap probes, closing, the profile, writing
        var watchdog = new Thread(() -> {
            try {
                Thread.sleep(most.toMillis());
                System.err.println("The run took longer than " + most.toMinutes() + " min: stopping it.");
                System.exit(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void fail(RelayServer relay, RuntimeException failure) {
        System.err.println("The run failed: " + failure);
        stop(relay);
        System.exit(1);
    }

    private static void stop(RelayServer relay) {
        if (relay != null) {
            relay.close();
        }
    }
}
