package dev.deskrelay.relay.alerts;

import java.util.List;

/**
 * What an alert carries of the moment it fired: its metric over the five minutes before (from the
 * history the relay keeps for the charts) and the agent's busiest processes then, or why there are
 * none. Stored with the alert as JSON and sent as is in webhooks; the page draws it.
 *
 * @param metric               the rule's metric, by its wire name ({@code cpu}, {@code memory}, ...)
 * @param unit                 {@code %}, {@code B/s}, or empty for a ratio (load per core)
 * @param points               oldest first; empty when the relay had no recent samples (offline rules)
 * @param processesAt          when the agent answered, or null
 * @param processes            busiest first, or null when {@code processesUnavailable} says why not
 * @param processesUnavailable why there are no processes: turned off on the agent, offline, no answer
 */
public record Evidence(String metric, String unit, List<Point> points, Long processesAt, List<Process> processes,
        String processesUnavailable) {

    /** One sample's value of the metric. */
    public record Point(long at, double value) {
    }

    /** One row of the agent's {@code processes} answer (docs/protocol.md). */
    public record Process(String name, long pid, double cpu, long memory) {
    }
}
