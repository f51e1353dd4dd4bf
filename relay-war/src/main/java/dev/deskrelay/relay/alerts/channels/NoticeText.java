package dev.deskrelay.relay.alerts.channels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Evidence;

/**
 * A notice in words, the same in every channel: the headline an ntfy title and a mail subject
 * carry ({@code [warning] CPU busy on pc: cpu 97.5 % (above 90)}) and a plain text body.
 */
final class NoticeText {

    private NoticeText() {
    }

    static String headline(AlertNotice notice) {
        String label = "resolved".equals(notice.kind()) ? "resolved" : notice.severity();
        if (TestNotice.KIND.equals(notice.kind())) {
            return "[" + label + "] " + notice.ruleName() + ": a test message from DeskRelay";
        }
        var line = new StringBuilder("[").append(label).append("] ").append(notice.ruleName());
        if (notice.deviceName() != null) {
            line.append(" on ").append(notice.deviceName());
        }
        line.append(": ").append(notice.metric());
        if (notice.value() != null) {
            line.append(' ').append(number(notice.value())).append(unit(notice.unit()));
        }
        if (notice.comparison() != null && notice.threshold() != null) {
            line.append(" (").append(notice.comparison()).append(' ').append(number(notice.threshold())).append(')');
        }
        return line.toString();
    }

    /** The headline, when and what, and the busiest processes when the notice has them. */
    static String body(AlertNotice notice) {
        var text = new StringBuilder(headline(notice)).append('\n');
        text.append(switch (notice.kind()) {
            case "firing" -> "Fired";
            case "repeat" -> "Still firing";
            case "resolved" -> "Resolved";
            default -> "Sent";
        }).append(" at ").append(Instant.ofEpochMilli(notice.at())).append('\n');
        Evidence evidence = notice.evidence();
        if (evidence != null) {
            if (evidence.processes() != null) {
                text.append("\nBusiest processes:\n");
                evidence.processes().forEach(process -> text.append(String.format("%8d  %5.1f %%  %s%n",
                        process.pid(), process.cpu(), process.name())));
            } else if (evidence.processesUnavailable() != null) {
                text.append("\nNo processes: ").append(evidence.processesUnavailable()).append('\n');
            }
        }
        return text.toString();
    }

    /** 97.5 as 97.5, 90.0 as 90, 97.53333 as 97.53: a threshold reads as the person typed it. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static String unit(String unit) {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }
}
