package dev.deskrelay.agent.telemetry;

/** A mounted file store as OSHI lists it, before deciding whether it is a real filesystem. */
record MountedStore(String mount, String type, long total, long free) {
}
