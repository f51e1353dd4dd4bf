package dev.deskrelay.relay.alerts;

/**
 * What the channels send (a CDI event, fired once the change is stored, never on a routing thread):
 * an alert that fired, fires again after its repeat interval, or resolved, or a channel's test.
 *
 * @param kind       {@code firing}, {@code repeat}, {@code resolved} or {@code test}
 * @param alertId    0 for a test
 * @param channelId  the one channel to send to (a test), or null for every channel of the account
 * @param comparison {@code above} or {@code below}; null for an offline rule
 * @param threshold  null for an offline rule
 * @param value      the value that fired it, or the last one; null for an offline rule
 * @param severity   {@code info}, {@code warning} or {@code critical}
 * @param evidence   null for {@code resolved} and {@code test}
 */
public record AlertNotice(String kind, long alertId, String accountId, String channelId, String ruleName,
        String severity, String deviceId, String deviceName, String metric, String comparison, Double threshold,
        Double value, String unit, long at, Evidence evidence) {
}
