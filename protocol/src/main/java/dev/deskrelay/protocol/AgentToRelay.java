package dev.deskrelay.protocol;

import static dev.deskrelay.protocol.Limits.MAX_ID_LENGTH;
import static dev.deskrelay.protocol.Limits.MAX_NAME_LENGTH;
import static dev.deskrelay.protocol.Limits.MAX_SECRET_LENGTH;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/** Messages an agent sends to the relay on {@code /agent}. */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "enroll", type = AgentToRelay.Enroll.class),
        @JsonbSubtype(alias = "authenticate", type = AgentToRelay.Authenticate.class),
        @JsonbSubtype(alias = "request_pairing_code", type = AgentToRelay.RequestPairingCode.class),
        @JsonbSubtype(alias = "telemetry", type = AgentToRelay.Telemetry.class),
        @JsonbSubtype(alias = "system_info", type = AgentToRelay.SystemInfo.class),
        @JsonbSubtype(alias = "filesystems", type = AgentToRelay.Filesystems.class),
        @JsonbSubtype(alias = "action_result", type = AgentToRelay.ActionResult.class),
        @JsonbSubtype(alias = "remove_device", type = AgentToRelay.RemoveDevice.class)
})
public sealed interface AgentToRelay {

    record Enroll(String name) implements AgentToRelay {
        public Enroll {
            Require.name(name, "name", MAX_NAME_LENGTH);
        }
    }

    /**
     * With {@code control} true the socket acts for the device without being its agent: it may ask
     * for a pairing code and learn whether the agent is online, and it replaces nobody. That is
     * how a command line asks while the daemon stays connected.
     */
    record Authenticate(String deviceId, String secret, Boolean control) implements AgentToRelay {
        public Authenticate {
            Require.text(deviceId, "deviceId", MAX_ID_LENGTH);
            Require.text(secret, "secret", MAX_SECRET_LENGTH);
        }

        public boolean forControl() {
            return Boolean.TRUE.equals(control);
        }

        @Override
        public String toString() {
            return "Authenticate[deviceId=" + deviceId + "]";
        }
    }

    record RequestPairingCode() implements AgentToRelay {
    }

    /** Deletes this device on the relay, with every grant on it; its sockets are closed with 4004. */
    record RemoveDevice() implements AgentToRelay {
    }

    /** Every interval (1 s by default). */
    record Telemetry(Sample sample) implements AgentToRelay {
        public Telemetry {
            Require.present(sample, "sample");
        }
    }

    /** Once after each authentication. */
    record SystemInfo(SystemFacts system) implements AgentToRelay {
        public SystemInfo {
            Require.present(system, "system");
        }
    }

    /** Every 10 s: the real mounted filesystems. */
    record Filesystems(java.util.List<FilesystemUsage> filesystems) implements AgentToRelay {
        public Filesystems {
            Require.atMost(Require.present(filesystems, "filesystems"), Sample.MAX_LIST, "filesystems");
        }
    }

    /** The answer to an {@code action}; {@code data} when ok, {@code code} and {@code message} when not. */
    record ActionResult(String id, Boolean ok, JsonObject data, String code, String message) implements AgentToRelay {
        public ActionResult {
            Require.text(id, "id", MAX_ID_LENGTH);
            Require.present(ok, "ok");
            if (!ok) {
                Require.text(code, "code", MAX_ID_LENGTH);
            }
        }

        public static ActionResult succeeded(String id, JsonObject data) {
            return new ActionResult(id, true, data, null, null);
        }

        public static ActionResult failed(String id, ErrorCode code, String message) {
            return new ActionResult(id, false, null, code.wire(), message);
        }
    }
}
