package dev.deskrelay.relay.cluster;

import java.util.Optional;

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

    /** The local id, when this member asked. */
    Optional<String> local(String taggedId) {
        return taggedId.endsWith(suffix)
                ? Optional.of(taggedId.substring(0, taggedId.length() - suffix.length()))
                : Optional.empty();
    }
}
