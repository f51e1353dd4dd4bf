package dev.deskrelay.relay.cluster;

import java.nio.charset.StandardCharsets;

/**
 * One message between members, as the relay encodes it itself: four lines, the last one the
 * payload (usually a wire message already encoded for viewers or the agent, so it is encoded once
 * however many members and sockets get it). Ids never hold a line break, and JSON-B writes none.
 */
record Envelope(Kind kind, String deviceId, String subject, String payload) {

    enum Kind {
        /** To the device's viewers on the receiving member. */
        VIEWERS,
        /** Presence, to the device's viewers; subject: {@code true} when online. */
        PRESENCE,
        /** To the device's viewers, newest wins (telemetry); subject: the key a newer one replaces. */
        LATEST,
        /** To the device's agent, held by the receiving member; subject: the action's id. */
        ACTION,
        /** An agent's answer to the member that asked. */
        ANSWER,
        /** The device's agent went offline: the actions the receiver sent it are answered {@code device_offline}. */
        OFFLINE,
        /** Another member took the device's agent over; subject: the ownership it replaced. */
        REPLACED,
        /** Close the device's agent; subject: the close code, payload: the reason. */
        CLOSE_AGENT,
        /** Every socket of a browser (subject) stops holding the device and is told (payload). */
        LOSE,
        /** Every socket of a viewer (subject) gains the device or a new role on it (payload: {@code shared}). */
        SHARE,
        /** To every socket of an account (subject), whichever devices they watch (payload: e.g. {@code alert}). */
        ACCOUNT,
        /** Every socket of a browser (subject) is closed. */
        REVOKE,
        /** What the owner knows of the device, for a viewer that starts watching it; subject: the request. */
        CATCH_UP_ASK,
        /** The answer to {@link #CATCH_UP_ASK}: one wire message a line. */
        CATCH_UP
    }

    private static final int FIELDS = 4;

    Envelope {
        requireOneLine(deviceId);
        requireOneLine(subject);
    }

    static Envelope of(Kind kind, String deviceId) {
        return new Envelope(kind, deviceId, "", "");
    }

    byte[] encode() {
        return String.join("\n", kind.name(), deviceId, subject, payload).getBytes(StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the bytes are not an envelope */
    static Envelope decode(byte[] bytes) {
        String[] fields = new String(bytes, StandardCharsets.UTF_8).split("\n", FIELDS);
        if (fields.length != FIELDS) {
            throw new IllegalArgumentException("an envelope has " + FIELDS + " fields, this one " + fields.length);
        }
        return new Envelope(Kind.valueOf(fields[0]), fields[1], fields[2], fields[3]);
    }

    private static void requireOneLine(String field) {
        if (field.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("an envelope's ids are one line each");
        }
    }
}
