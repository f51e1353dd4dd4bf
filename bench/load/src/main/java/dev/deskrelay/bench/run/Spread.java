package dev.deskrelay.bench.run;

/** Who watches and who acts, spread evenly rather than bunched at the start of the list. */
final class Spread {

    private Spread() {
    }

    /** The agent the {@code viewer}-th of {@code viewers} watches, among {@code agents} (viewers ≤ agents). */
    static int watched(int viewer, int viewers, int agents) {
        return (int) ((long) viewer * agents / viewers);
    }

    /** Whether the {@code index}-th client is among the {@code share} (0..1) that act. */
    static boolean acts(int index, double share) {
        return Math.floor((index + 1) * share) > Math.floor(index * share);
    }
}
