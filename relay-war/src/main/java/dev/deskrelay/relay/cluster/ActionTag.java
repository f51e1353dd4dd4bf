package dev.deskrelay.relay.cluster;

import java.util.Optional;

import dev.deskrelay.protocol.AgentToRelay;

/**
 * Makes this member's relay action ids unique in the cluster and says who asked: an agent sees
 * {@code <id>@<tag>}, the tag unique to this member's life (a restarted node gets a new one), so
 * the member holding the agent can tell where an answer goes and refuse an id nobody asked.
 */
final class ActionTag {

    private final String suffix;

    ActionTag(String tag) {
        this.suffix = "@" + tag;
    }

    String tagged(String localId) {
        return localId + suffix;
    }

    /**
     * The answer with this member's own id again, when this member asked; it keeps the agent's own
     * words.
     */
    Optional<AgentToRelay.ActionResult> local(AgentToRelay.ActionResult result) {
        String taggedId = result.id();
        if (!taggedId.endsWith(suffix)) {
            return Optional.empty();
        }
        String id = taggedId.substring(0, taggedId.length() - suffix.length());
        return Optional.of(
                new AgentToRelay.ActionResult(id, result.ok(), result.data(), result.code(), result.message()));
    }
}
