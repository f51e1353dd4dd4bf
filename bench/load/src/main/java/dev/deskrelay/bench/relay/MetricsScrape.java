package dev.deskrelay.bench.relay;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relay's own counters from {@code /metrics} (Prometheus text): what it coalesced, dropped,
 * rejected and relayed, to set beside what the generator saw.
 */
public final class MetricsScrape {

    private MetricsScrape() {
    }

    /** Every {@code deskrelay_} series but the timer's quantiles, by name and labels (scope left out). */
    public static Map<String, Double> relay(URI metrics) {
        try {
            String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return parse(text);
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    static Map<String, Double> parse(String text) {
        var series = new TreeMap<String, Double>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("deskrelay_") || line.contains("quantile=")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            String name = line.substring(0, space).replaceAll(",?mp_scope=\"[^\"]*\"", "").replace("{}", "").replace("{,", "{");
            try {
                series.put(name, Double.parseDouble(line.substring(space + 1)));
            } catch (NumberFormatException notANumber) {
                // a line of another shape: not one of the counters
            }
        }
        return series;
    }
}
