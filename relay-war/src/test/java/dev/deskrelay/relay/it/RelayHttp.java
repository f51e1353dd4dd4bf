package dev.deskrelay.relay.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an operator reads over HTTP: health and the Prometheus metrics. */
final class RelayHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    RelayHttp(URL base) {
        this(base.getPort());
    }

    RelayHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A metric's value in the Prometheus text, summed over its labels (Payara lists some twice). */
    long metric(String name) {
        String text = get("/metrics").body();
        Matcher line = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.eE+-]+)$").matcher(text);
        Map<String, Double> byLabels = new HashMap<>();
        while (line.find()) {
            byLabels.put(String.valueOf(line.group(1)), Double.parseDouble(line.group(2)));
        }
        assertTrue(!byLabels.isEmpty(), "no metric " + name + " in /metrics");
        return (long) byLabels.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
