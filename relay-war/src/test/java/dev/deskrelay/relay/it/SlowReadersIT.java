package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.authenticate;
import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pair;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Viewers that stop reading, on a relay started as {@code ./run} starts it (its Grizzly settings
 * included) with a small heap: what each holds is bounded, and so is what all of them hold.
 */
class SlowReadersIT {

    private static final String HEAP = "-Xmx256m";
    private static final long HEAP_BYTES = 256L << 20;
    private static final int STALLED_PER_DEVICE = 20;
    private static final int SAMPLES_WHILE_PAUSED = 400;
    private static final Duration ATTACK = Duration.ofSeconds(15);
    /** Less than the stalled viewers below hold once their sockets are full, so the bound is reached. */
    private static final int SLOW_READERS_MAX_BYTES = 1 << 20;
    /** About 25 KB: a machine with 250 cores and 256 interfaces, the largest sample the relay takes. */
    private static final String BIG_SAMPLE_FIELDS = "\"cores\":[" + "99.5,".repeat(250) + "99.5],\"network\":["
            + ("{\"name\":\"" + "n".repeat(60) + "\",\"rx\":1,\"tx\":1},").repeat(255)
            + "{\"name\":\"last\",\"rx\":1,\"tx\":1}]";

    @TempDir
    static Path data;
    private static RelayProcess relay;
    private static RelayHttp http;

    @BeforeAll
    static void start() {
        relay = RelayProcess.start(data, List.of(HEAP, "-Ddeskrelay.slow-readers-max-bytes=" + SLOW_READERS_MAX_BYTES,
                "-Ddeskrelay.agent-messages-per-second=1000", "-Ddeskrelay.agent-message-burst=1000"));
        http = new RelayHttp(relay.base());
    }

    @AfterAll
    static void stop() {
        relay.close();
    }

    @Test
    void viewersThatStopReadingCannotExhaustTheHeapNorSlowAnyoneElse() throws Exception {
        var bystander = enrollAgent(relay.base(), "bystander");
        var watching = pairViewer(relay.base(), bystander.pairingCode()).socket();
        var attackers = List.of(enrollAgent(relay.base(), "a1"), enrollAgent(relay.base(), "a2"),
                enrollAgent(relay.base(), "a3"));
        String token = pairViewer(relay.base(), attackers.get(0).pairingCode()).token();
        var granting = RelayClient.connect(relay.base(), "viewer").send(authenticate(token));
        granting.next("authenticated");
        for (var attacker : attackers.subList(1, 3)) {
            granting.send(pair(attacker.pairingCode())).nextOf("paired");
        }
        granting.close();
        List<RawSocket> stalled = new ArrayList<>();
        for (int i = 0; i < STALLED_PER_DEVICE - 1; i++) {
            stalled.add(RawSocket.openWithSmallBuffer(relay.base(), "viewer")
                    .sendText(authenticate(token).getBytes(StandardCharsets.UTF_8)));
        }
        long heapBefore = liveHeap();
        long tooSlowBefore = http.metric("deskrelay_viewers_too_slow_total");

        var sampleTimes = new CopyOnWriteArrayList<Long>();
        var attacking = new AtomicBoolean(true);
        var watcher = new Thread(() -> {
            while (attacking.get()) {
                String text = watching.poll(Duration.ofMillis(200));
                if (text != null && text.contains("\"telemetry\"")) {
                    sampleTimes.add(System.nanoTime());
                }
            }
        });
        var flood = new Thread(() -> {
            for (int i = 0; attacking.get(); i++) {
                for (var attacker : attackers) {
                    attacker.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":" + (i % 90) + ","
                            + BIG_SAMPLE_FIELDS + "}}");
                }
                pause(Duration.ofMillis(50));
            }
        });
        watcher.start();
        flood.start();
        long heapMax = 0;
        long healthMaxMillis = 0;
        long attackStart = System.nanoTime();
        int sent = 0;
        while (System.nanoTime() - attackStart < ATTACK.toNanos()) {
            long asked = System.nanoTime();
            assertEquals(200, http.get("/health/live").statusCode(), "the relay stays healthy");
            healthMaxMillis = Math.max(healthMaxMillis, Duration.ofNanos(System.nanoTime() - asked).toMillis());
            heapMax = Math.max(heapMax, http.metric("memory_usedHeap_bytes"));
            bystander.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"uptime\":" + sent++ + "}}");
            pause(Duration.ofMillis(1000 - Duration.ofNanos(System.nanoTime() - asked).toMillis()));
        }
        attacking.set(false);
        flood.join();
        watcher.join();
        long heapAfter = liveHeap();
        long evicted = http.metric("deskrelay_viewers_too_slow_total") - tooSlowBefore;
        System.out.printf("slow readers: %d stalled viewers on 3 devices; used heap %d MiB before, at most %d MiB"
                + " during, %d MiB after (of %d MiB); %d evicted; health answered within %d ms; the bystander got"
                + " %d of %d samples, at most %d ms apart%n", stalled.size(), heapBefore >> 20, heapMax >> 20,
                heapAfter >> 20, HEAP_BYTES >> 20, evicted, healthMaxMillis, sampleTimes.size(), sent,
                maxGapMillis(sampleTimes));

        assertTrue(evicted > 0, "past the relay-wide bound, stalled viewers are closed");
        // without the bounds: 144 MiB more after the attack than before, and 220 MiB at its height
        assertTrue(heapAfter - heapBefore < 32L << 20, "what the stalled viewers hold stays small: "
                + ((heapAfter - heapBefore) >> 20) + " MiB");
        assertTrue(heapMax < HEAP_BYTES * 4 / 5, "used heap stayed well under the limit: " + (heapMax >> 20) + " MiB");
        assertTrue(sampleTimes.size() >= sent - 1, "the bystander got every sample: " + sampleTimes.size() + " of " + sent);
        assertTrue(maxGapMillis(sampleTimes) < 2500, "the bystander got a sample every second");
        for (var socket : stalled) {
            socket.close();
        }
        watching.close();
    }

    @Test
    void aViewerThatResumesReadingGetsRecentSamplesNotABacklog() throws IOException {
        var agent = enrollAgent(relay.base(), "busy");
        String token = pairViewer(relay.base(), agent.pairingCode()).token();
        try (var paused = RawSocket.openWithSmallBuffer(relay.base(), "viewer")) {
            paused.sendText(authenticate(token).getBytes(StandardCharsets.UTF_8));
            // 10 MB of samples, far more than any buffer on the way should hold
            for (int i = 0; i < SAMPLES_WHILE_PAUSED; i++) {
                agent.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"uptime\":" + i + ","
                        + BIG_SAMPLE_FIELDS + "}}");
                pause(Duration.ofMillis(20));
            }
            agent.socket().send("{\"type\":\"telemetry\",\"sample\":{\"cpu\":1,\"uptime\":" + SAMPLES_WHILE_PAUSED + "}}");
            pause(Duration.ofMillis(500));
            long inKernel = KernelQueues.waitingBetween(relay.port(), paused.localPort());

            long bytes = 0;
            int samples = 0;
            while (true) {
                String text = paused.nextText();
                assertNotNull(text, "the relay closed the paused viewer");
                bytes += text.length();
                JsonObject message = Json.createReader(new StringReader(text)).readObject();
                if (message.getString("type").equals("telemetry")) {
                    samples++;
                    if (message.getJsonObject("sample").getInt("uptime") == SAMPLES_WHILE_PAUSED) {
                        break;
                    }
                }
            }
            System.out.printf("paused viewer: %d of %d samples, %d KiB before the newest, of which %d KiB were in"
                    + " the kernel's socket buffers%n", samples, SAMPLES_WHILE_PAUSED + 1, bytes >> 10, inKernel >> 10);
            // the kernel's buffers are the operating system's (megabytes on loopback, where this runs):
            // beyond them the relay held what Grizzly may queue and the message being written
            assertTrue(bytes - inKernel < 128 * 1024, "beyond the kernel's buffers the relay held kilobytes, not"
                    + " megabytes: " + ((bytes - inKernel) >> 10) + " KiB");
        }
        agent.socket().close();
    }

    /** The used heap right after a full collection: what the relay holds, without garbage. */
    private static long liveHeap() {
        relay.collectGarbage();
        return http.metric("memory_usedHeap_bytes");
    }

    private static long maxGapMillis(List<Long> times) {
        long gap = 0;
        for (int i = 1; i < times.size(); i++) {
            gap = Math.max(gap, times.get(i) - times.get(i - 1));
        }
        return Duration.ofNanos(gap).toMillis();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
