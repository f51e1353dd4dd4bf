package dev.deskrelay.relay.alerts;

import java.util.concurrent.CompletionStage;

/** Gathers what an alert carries when its rule fires. */
public interface EvidenceSource {

    /**
     * Completes normally, within about the action timeout, whatever happens: a processes answer
     * that fails or never comes becomes {@link Evidence#processesUnavailable()}.
     *
     * @param metric the rule's metric by its wire name
     * @param mount  the filesystem of a filesystem rule, or null
     */
    CompletionStage<Evidence> collect(String deviceId, String metric, String mount);
}
