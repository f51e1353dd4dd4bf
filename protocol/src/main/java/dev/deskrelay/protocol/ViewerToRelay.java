package dev.deskrelay.protocol;

import static dev.deskrelay.protocol.Limits.MAX_ID_LENGTH;
import static dev.deskrelay.protocol.Limits.MAX_SECRET_LENGTH;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/** Messages a viewer (the page) sends to the relay on {@code /viewer}. */
@JsonbTypeInfo(key = "type", value = {
        @JsonbSubtype(alias = "authenticate", type = ViewerToRelay.Authenticate.class),
        @JsonbSubtype(alias = "pair", type = ViewerToRelay.Pair.class),
        @JsonbSubtype(alias = "action", type = ViewerToRelay.Action.class),
        @JsonbSubtype(alias = "ping", type = ViewerToRelay.Ping.class),
        @JsonbSubtype(alias = "unpair", type = ViewerToRelay.Unpair.class),
        @JsonbSubtype(alias = "revoke", type = ViewerToRelay.Revoke.class)
})
public sealed interface ViewerToRelay {

    /** With a token (an API token, a share link, a browser token from before accounts), or without: the signed-in session. */
    record Authenticate(String token) implements ViewerToRelay {
        public Authenticate {
            // absent means the session; present but blank is a client's mistake, no token to look up
            if (token != null) {
                Require.text(token, "token", MAX_SECRET_LENGTH);
            }
        }

        @Override
        public String toString() {
            return "Authenticate[]";
        }
    }

    record Pair(String code) implements ViewerToRelay {
        public Pair {
            Require.text(code, "code", MAX_ID_LENGTH);
        }

        @Override
        public String toString() {
            return "Pair[]";
        }
    }

    record Action(String id, String deviceId, String action, JsonObject args) implements ViewerToRelay {
        public Action {
            Require.text(id, "id", MAX_ID_LENGTH);
            Require.text(deviceId, "deviceId", MAX_ID_LENGTH);
            Require.text(action, "action", MAX_ID_LENGTH);
        }
    }

    record Ping() implements ViewerToRelay {
    }

    /** Gives up this browser's grant on one device, for every socket of this browser. */
    record Unpair(String deviceId) implements ViewerToRelay {
        public Unpair {
            Require.text(deviceId, "deviceId", MAX_ID_LENGTH);
        }
    }

    /** Ends this browser's identity: its token stops working and all its sockets are closed. */
    record Revoke() implements ViewerToRelay {
    }
}
