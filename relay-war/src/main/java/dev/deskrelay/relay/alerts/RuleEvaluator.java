package dev.deskrelay.relay.alerts;

import java.util.List;

import dev.deskrelay.protocol.FilesystemUsage;
import dev.deskrelay.protocol.Sample;
import dev.deskrelay.relay.telemetry.TelemetryWatch;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The relay's {@link TelemetryWatch}: its devices' reports evaluated against the rule book ({@link Evaluation}). */
@ApplicationScoped
public class RuleEvaluator implements TelemetryWatch {

    @Inject
    RuleBook book;
    @Inject
    AlertTransitions transitions;

    private Evaluation evaluation;

    @PostConstruct
    void start() {
        evaluation = new Evaluation(book::rulesKnown, book::storedStates, transitions::changed);
    }

    @Override
    public void sample(String deviceId, Sample sample, long at) {
        evaluation.sample(deviceId, sample, at);
    }

    @Override
    public void filesystems(String deviceId, List<FilesystemUsage> filesystems, long at) {
        evaluation.filesystems(deviceId, filesystems, at);
    }
}
