package dev.deskrelay.protocol;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/** Messages the relay sends to an agent. */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "enrolled", type = RelayToAgent.Enrolled.class),
        @JsonbSubtype(alias = "authenticated", type = RelayToAgent.Authenticated.class),
        @JsonbSubtype(alias = "pairing_code", type = RelayToAgent.PairingCode.class),
        @JsonbSubtype(alias = "action", type = RelayToAgent.Action.class),
        @JsonbSubtype(alias = "error", type = RelayToAgent.Error.class)
})
public sealed interface RelayToAgent {

    /** The device's credential: the agent keeps it, the relay keeps only a hash of the secret. */
    record Enrolled(String deviceId, String secret, String name) implements RelayToAgent {
        @Override
        public String toString() {
            return "Enrolled[deviceId=" + deviceId + ", name=" + name + "]";
        }
    }

    /** {@code agentOnline} answers a control socket only: whether the device's agent is connected. */
    record Authenticated(String deviceId, String name, Boolean agentOnline) implements RelayToAgent {
    }

    /** A one-time code a person types into the page; {@code expiresAt} is epoch milliseconds. */
    record PairingCode(String code, long expiresAt) implements RelayToAgent {
        @Override
        public String toString() {
            return "PairingCode[expiresAt=" + expiresAt + "]";
        }
    }

    /** An action a viewer asked for; the {@code id} is the relay's, to be echoed in the result. */
    record Action(String id, String action, JsonObject args) implements RelayToAgent {
    }

    record Error(String code, String message, String id) implements RelayToAgent {
        public static Error of(ErrorCode code, String message) {
            return new Error(code.wire(), message, null);
        }
    }
}
