package dev.deskrelay.relay.alerts.channels;

import java.util.Arrays;

import dev.deskrelay.relay.api.ApiError;

/** How a channel delivers, by its wire name. */
public enum ChannelKind {
    WEBHOOK, NTFY, EMAIL;

    public String wire() {
        return name().toLowerCase();
    }

    /** @throws ApiError 400 {@code bad_kind} */
    public static ChannelKind of(String wire) {
        return Arrays.stream(values()).filter(kind -> kind.wire().equals(wire)).findFirst()
                .orElseThrow(() -> new ApiError(400, "bad_kind", "a channel's kind is webhook, ntfy or email"));
    }
}
