package dev.deskrelay.relay.alerts.channels;

import dev.deskrelay.relay.alerts.AlertNotice;

/** What a channel's test sends: a made-up alert of the channel's lowest severity, to that channel only. */
final class TestNotice {

    static final String KIND = "test";

    private TestNotice() {
    }

    static AlertNotice to(Channel channel, long at) {
        return new AlertNotice(KIND, 0, channel.accountId(), channel.id(), "Test of channel " + channel.name(),
                channel.minSeverity().wire(), null, null, null, null, null, null, null, at, null);
    }
}
