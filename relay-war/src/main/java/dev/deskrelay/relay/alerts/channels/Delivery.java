package dev.deskrelay.relay.alerts.channels;

import dev.deskrelay.relay.alerts.AlertNotice;

/** One notice for one channel, with what the sender needs of the channel read once. */
record Delivery(String channelId, ChannelKind kind, String target, String secret, AlertNotice notice) {

    static Delivery of(Channel channel, AlertNotice notice) {
        return new Delivery(channel.id(), channel.kind(), channel.target(), channel.secret(), notice);
    }

    /** Never the secret: a record's own toString would print it into any log that shows a delivery. */
    @Override
    public String toString() {
        return "Delivery[" + kind.wire() + " channel " + channelId + ", " + notice.kind() + " of alert " + notice.alertId() + "]";
    }
}
