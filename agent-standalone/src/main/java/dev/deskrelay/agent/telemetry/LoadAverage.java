package dev.deskrelay.agent.telemetry;

import java.util.List;

/** OSHI's load averages as the protocol wants them. */
final class LoadAverage {

    private LoadAverage() {
    }

    /**
     * @param averages over 1, 5 and 15 minutes; OSHI reports negative values where the OS has none
     * @return the three averages, or null where any is missing
     */
    static List<Double> of(double[] averages) {
        if (averages.length != 3) {
            return null;
        }
        for (double average : averages) {
            // written this way round so NaN counts as missing too
            if (!(average >= 0)) {
                return null;
            }
        }
        return List.of(averages[0], averages[1], averages[2]);
    }
}
