package dev.deskrelay.agent.telemetry;

import dev.deskrelay.protocol.Usage;

/** Usage from two values OSHI reads a moment apart, which can disagree slightly: used is kept within 0 and total. */
final class ClampedUsage {

    private ClampedUsage() {
    }

    static Usage of(long used, long total) {
        return new Usage(Math.max(0, Math.min(used, total)), total);
    }
}
