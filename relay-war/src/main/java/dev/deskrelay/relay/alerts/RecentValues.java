package dev.deskrelay.relay.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.deskrelay.protocol.HistoryPoint;
import dev.deskrelay.protocol.RelayToViewer;

/**
 * A rule's metric over the minutes before it fired, from what the relay keeps for the charts. The
 * history has no load average, and filesystems come in rare reports the relay keeps only the last
 * of: a load rule's evidence has no points and a filesystem rule's one, the last report's.
 */
final class RecentValues {

    private RecentValues() {
    }

    /**
     * @param history oldest first
     * @param mount   a filesystem rule's mount; null or {@code *} for the fullest
     */
    static List<Evidence.Point> of(String metric, String mount, List<HistoryPoint> history,
            Optional<RelayToViewer.Filesystems> filesystems) {
        return switch (metric) {
            case "cpu" -> from(history, HistoryPoint::cpu);
            case "memory" -> from(history, HistoryPoint::memory);
            case "swap" -> from(history, HistoryPoint::swap);
            case "net_rx" -> from(history, HistoryPoint::rx);
            case "net_tx" -> from(history, HistoryPoint::tx);
            case "filesystem" -> filesystems.map(report -> lastReport(report, mount)).orElse(List.of());
            default -> List.of();
        };
    }

    /** A sample without the value (a machine without swap) leaves a gap rather than a zero. */
    private static List<Evidence.Point> from(List<HistoryPoint> history, Function<HistoryPoint, Double> value) {
        List<Evidence.Point> points = new ArrayList<>(history.size());
        for (HistoryPoint point : history) {
            Double v = value.apply(point);
            if (v != null) {
                points.add(new Evidence.Point(point.at(), v));
            }
        }
        return points;
    }

    private static List<Evidence.Point> lastReport(RelayToViewer.Filesystems report, String mount) {
        double used = Metric.readFilesystem(report.filesystems(), mount);
        return Double.isNaN(used) ? List.of() : List.of(new Evidence.Point(report.at(), used));
    }
}
