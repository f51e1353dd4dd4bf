package dev.deskrelay.relay.alerts.channels;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A channel as the API shows it. Its secret only in the answer that created it ({@code secret}
 * null, and so left out, everywhere else).
 */
public record ChannelView(String id, String name, String kind, String target, String minSeverity, long createdAt,
        Status status, String secret) {

    /** With its nulls, as the contract shows it: a page tells "never" from "missing". */
    @JsonbNillable
    public record Status(boolean failing, String lastError, Long failingSince, Long lastSuccessAt, Long lastFailureAt) {
    }

    static ChannelView of(Channel channel, String secret) {
        return new ChannelView(channel.id(), channel.name(), channel.kind().wire(), channel.target(),
                channel.minSeverity().wire(), channel.createdAt(),
                new Status(channel.failingSince() != null, channel.lastError(), channel.failingSince(),
                        channel.lastSuccessAt(), channel.lastFailureAt()),
                secret);
    }
}
