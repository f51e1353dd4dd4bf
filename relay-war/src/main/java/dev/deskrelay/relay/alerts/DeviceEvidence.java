package dev.deskrelay.relay.alerts;

import java.time.Clock;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.telemetry.DeviceReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The evidence of a firing alert: the metric's last five minutes as the relay has them (see
 * {@link RecentValues}) and the agent's ten busiest processes, asked at that moment.
 */
@ApplicationScoped
public class DeviceEvidence implements EvidenceSource {

    private final AtomicLong questions = new AtomicLong();
    private DeviceReports reports;
    private PendingActions actions;
    private Clock clock;

    protected DeviceEvidence() {
    }

    @Inject
    public DeviceEvidence(DeviceReports reports, PendingActions actions, Clock clock) {
        this.reports = reports;
        this.actions = actions;
        this.clock = clock;
    }

    /** The points are read at once; the processes follow within the action timeout, on the thread that answered. */
    @Override
    public CompletionStage<Evidence> collect(String deviceId, String metric, String mount) {
        var points = RecentValues.of(metric, mount, reports.recent(deviceId), reports.lastFilesystems(deviceId));
        String unit = Metric.unitOf(metric);
        return TopProcesses.ask(actions, clock, deviceId, "alert-" + questions.incrementAndGet())
                .thenApply(found -> new Evidence(metric, unit, points, found.at(), found.processes(),
                        found.unavailable()));
    }
}
