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
        @JsonbSubtype(alias = "action_result", type = AgentToRelay.ActionResult.class)
})
public sealed interface AgentToRelay {

    record Enroll(String name) implements AgentToRelay {
        public Enroll {
            Require.text(name, "name", MAX_NAME_LENGTH);
        }
    }

    record Authenticate(String deviceId, String secret) implements AgentToRelay {
        public Authenticate {
            Require.text(deviceId, "deviceId", MAX_ID_LENGTH);
            Require.text(secret, "secret", MAX_SECRET_LENGTH);
        }

        @Override
        public String toString() {
            return "Authenticate[deviceId=" + deviceId + "]";
        }
    }

    record RequestPairingCode() implements AgentToRelay {
    }

    /** One sample; {@code cpu} is the system CPU usage in percent since the previous sample. */
    record Telemetry(Double cpu) implements AgentToRelay {
        public Telemetry {
            Require.percent(cpu, "cpu");
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
