package dev.deskrelay.protocol;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/** Messages the relay sends to a viewer. */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "authenticated", type = RelayToViewer.Authenticated.class),
        @JsonbSubtype(alias = "paired", type = RelayToViewer.Paired.class),
        @JsonbSubtype(alias = "presence", type = RelayToViewer.Presence.class),
        @JsonbSubtype(alias = "telemetry", type = RelayToViewer.Telemetry.class),
        @JsonbSubtype(alias = "system_info", type = RelayToViewer.SystemInfo.class),
        @JsonbSubtype(alias = "filesystems", type = RelayToViewer.Filesystems.class),
        @JsonbSubtype(alias = "action_result", type = RelayToViewer.ActionResult.class),
        @JsonbSubtype(alias = "error", type = RelayToViewer.Error.class),
        @JsonbSubtype(alias = "pong", type = RelayToViewer.Pong.class),
        @JsonbSubtype(alias = "unpaired", type = RelayToViewer.Unpaired.class),
        @JsonbSubtype(alias = "device_removed", type = RelayToViewer.DeviceRemoved.class),
        @JsonbSubtype(alias = "shared", type = RelayToViewer.Shared.class),
        @JsonbSubtype(alias = "history", type = RelayToViewer.History.class),
        @JsonbSubtype(alias = "alert", type = RelayToViewer.Alert.class)
})
public sealed interface RelayToViewer {

    record Authenticated(List<DeviceSummary> devices) implements RelayToViewer {
    }

    /** The device a pairing code just added, with this viewer's role on it. */
    record Paired(DeviceSummary device) implements RelayToViewer {
    }

    /** {@code lastSeen} is epoch milliseconds: now while online, the moment it left when offline. */
    record Presence(String deviceId, boolean online, long lastSeen) implements RelayToViewer {
    }

    /** {@code at} is the relay's receive time in epoch milliseconds. */
    record Telemetry(String deviceId, long at, Sample sample) implements RelayToViewer {
    }

    record SystemInfo(String deviceId, SystemFacts system) implements RelayToViewer {
    }

    record Filesystems(String deviceId, long at, List<FilesystemUsage> filesystems) implements RelayToViewer {
    }

    record ActionResult(String id, String deviceId, boolean ok, JsonObject data, String code, String message)
            implements RelayToViewer {

        public static ActionResult failed(String id, String deviceId, ErrorCode code, String message) {
            return new ActionResult(id, deviceId, false, null, code.wire(), message);
        }
    }

    /** {@code retryAfter}, in seconds, comes with {@code too_many_attempts}. */
    record Error(String code, String message, String id, Long retryAfter) implements RelayToViewer {
        public static Error of(ErrorCode code, String message) {
            return new Error(code.wire(), message, null, null);
        }

        public static Error of(ProtocolViolation violation) {
            return new Error(violation.code().wire(), violation.getMessage(), null, violation.retryAfterSeconds());
        }
    }

    record Pong() implements RelayToViewer {
    }

    /** The device's recent telemetry, oldest first, sent when a viewer starts watching it. */
    record History(String deviceId, List<HistoryPoint> points) implements RelayToViewer {
    }

    /** This browser no longer holds the device (it unpaired it, perhaps on another socket). */
    record Unpaired(String deviceId) implements RelayToViewer {
    }

    /** The device was removed on the relay; every grant on it is gone. */
    record DeviceRemoved(String deviceId) implements RelayToViewer {
    }

    /** A device was shared with this viewer's account, or its role on one changed. */
    record Shared(DeviceSummary device) implements RelayToViewer {
    }

    /**
     * An alert of the viewer's account fired, was acknowledged or resolved: the page reads
     * {@code /api/alerts} again. {@code state} is {@code firing} or {@code resolved}; {@code at} is
     * when it changed, in epoch milliseconds. {@code alertId}, not {@code id}: every message's field
     * of one name has one JSON type, and {@code action_result}'s {@code id} is a string.
     */
    record Alert(long alertId, String deviceId, String ruleName, String severity, String state, boolean acknowledged,
            long at) implements RelayToViewer {
    }
}
