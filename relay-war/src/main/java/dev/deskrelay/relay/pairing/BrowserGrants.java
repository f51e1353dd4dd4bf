package dev.deskrelay.relay.pairing;

import java.util.Set;

/** A browser identity from before accounts and the devices its pairing codes granted it. */
public record BrowserGrants(String viewerId, Set<String> deviceIds) {
}
