package dev.deskrelay.relay.alerts.channels;

import java.util.List;
import java.util.stream.LongStream;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Evidence;

/**
 * What a channel's test sends, to that channel only: an alert of the channel's lowest severity,
 * made up but shaped as a real one (a CPU rule above 90 %, five minutes of points, one process), so
 * that a receiver's parser, a signature check or a mail client's view of the chart is tried on what
 * real alerts bring.
 */
final class TestNotice {

    static final String KIND = "test";
    private static final int POINTS = 60;
    private static final long STEP_MILLIS = 5_000;

    private TestNotice() {
    }

    static AlertNotice to(Channel channel, long at) {
        return new AlertNotice(KIND, 0, channel.accountId(), channel.id(), "Test of channel " + channel.name(),
                channel.minSeverity().wire(), null, null, "cpu", "above", 90.0, 97.5, "%", at, evidence(at));
    }

    /** CPU rising from 40 % to 97.5 % over the five minutes; a process named so nobody takes it for a real one. */
    private static Evidence evidence(long at) {
        List<Evidence.Point> points = LongStream.range(0, POINTS)
                .mapToObj(i -> new Evidence.Point(at - (POINTS - 1 - i) * STEP_MILLIS, 40 + 57.5 * i / (POINTS - 1)))
                .toList();
        return new Evidence("cpu", "%", points, at, List.of(new Evidence.Process("deskrelay-test", 1, 88.0, 100_000_000)),
                null);
    }
}
