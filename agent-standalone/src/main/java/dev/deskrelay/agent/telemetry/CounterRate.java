package dev.deskrelay.agent.telemetry;

/** The rate of a counter that only grows, from two readings. */
final class CounterRate {

    private CounterRate() {
    }

    /**
     * @return units per second; 0 when the counter went backwards (the interface was reset, or a
     *         32-bit counter wrapped) or no time passed, so a rate is never negative or infinite
     */
    static double perSecond(long before, long after, long elapsedMillis) {
        if (after < before || elapsedMillis <= 0) {
            return 0;
        }
        return (after - before) * 1000.0 / elapsedMillis;
    }
}
