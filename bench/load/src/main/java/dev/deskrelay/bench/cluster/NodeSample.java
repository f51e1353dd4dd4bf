package dev.deskrelay.bench.cluster;

import java.util.Map;

/**
 * A relay node read at one moment: its process's CPU time so far and its own counters from
 * {@code /metrics}. Two of them, at the start and the end of the hold, give the node's figures.
 */
record NodeSample(long wallMillis, double cpuSeconds, Map<String, Double> metrics) {

    static final String SENT_MESSAGES = "deskrelay_cluster_sent_messages_total";
    static final String SENT_BYTES = "deskrelay_cluster_sent_bytes_total";
    static final String RECEIVED_MESSAGES = "deskrelay_cluster_received_messages_total";
    static final String RECEIVED_BYTES = "deskrelay_cluster_received_bytes_total";
    static final String REMOTE_WATCHED = "deskrelay_cluster_remote_watched_devices";
    static final String AGENTS = "deskrelay_agents_connected";
    static final String VIEWERS = "deskrelay_viewers_connected";

    /** A metric summed over its labels; NaN for a metric the node does not have (no grid routing in it). */
    double metric(String name) {
        double sum = 0;
        boolean found = false;
        for (var series : metrics.entrySet()) {
            String key = series.getKey();
            int labels = key.indexOf('{');
            if ((labels < 0 ? key : key.substring(0, labels)).equals(name)) {
                sum += series.getValue();
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }
}
