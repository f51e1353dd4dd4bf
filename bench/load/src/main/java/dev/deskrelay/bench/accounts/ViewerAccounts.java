package dev.deskrelay.bench.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.json.JsonObject;

/**
 * One account per viewer, each with an API token: a viewer that shared an account with the others
 * would receive every other viewer's devices' telemetry too. Each account costs the relay two
 * PBKDF2 hashes (the new password, then the sign-in that makes its session): with its invite and
 * token about 0.4 s of the relay's CPU, so they are made {@code parallel} at a time, before
 * anything is measured.
 */
public final class ViewerAccounts {

    /** Enough requests in flight to keep a few relay cores hashing; more would only queue there. */
    public static final int PARALLEL = 8;
    private static final String TOKEN_NAME = "deskrelay-bench";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The tokens, in the viewers' order, and how long making them took. */
    public record Made(List<String> tokens, Duration took) {
    }

    private ViewerAccounts() {
    }

    /**
     * @param apis each viewer's relay (HTTP or WebSocket base): in a cluster with a database per
     *             node, the account must be made on the node the viewer dials
     * @param limit the most the whole batch may take
     */
    public static Made make(Admin admin, List<URI> apis, List<JsonObject> rules, int parallel, Duration limit) {
        long start = System.nanoTime();
        HttpClient client = RelaySetup.client();
        // usernames unique to this run, so that a relay used before (--url) or several generator processes never collide
        String run = "bench-" + Long.toString(RANDOM.nextLong() >>> 24, 36) + "-";
        Map<URI, RelayApi> admins = new HashMap<>();
        for (URI api : apis) {
            admins.computeIfAbsent(RelayApi.httpBase(api), base -> {
                var signedIn = new RelayApi(client, base);
                signedIn.signIn(admin);
                return signedIn;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallel, runnable -> {
            var thread = new Thread(runnable, "bench-accounts");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var futures = new ArrayList<Future<String>>();
            for (int viewer = 0; viewer < apis.size(); viewer++) {
                URI base = RelayApi.httpBase(apis.get(viewer));
                String username = run + viewer;
                futures.add(pool.submit(() -> account(client, admins.get(base), base, username, rules)));
            }
            long end = start + limit.toNanos();
            var tokens = new ArrayList<String>();
            for (Future<String> future : futures) {
                tokens.add(future.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS));
            }
            return new Made(List.copyOf(tokens), Duration.ofNanos(System.nanoTime() - start));
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
        } catch (TimeoutException slow) {
            throw new IllegalStateException("the viewers' accounts were not all made within " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Invited by the administrator, joined with a password nobody needs again, one API token, the run's rules. */
    private static String account(HttpClient client, RelayApi admin, URI base, String username, List<JsonObject> rules) {
        String invite = admin.invite();
        var person = new RelayApi(client, base);
        person.join(invite, username, Admin.randomPassword());
        rules.forEach(person::newRule);
        return person.newToken(TOKEN_NAME);
    }

    /**
     * A bound for {@code viewers} accounts: 1 s each, plus two minutes. A relay with two free
     * cores makes one in about 0.2 s; on a machine busy with other work 200 took 0.57 s each.
     */
    public static Duration limit(int viewers) {
        return Duration.ofSeconds(120 + viewers);
    }
}
