package dev.deskrelay.relay.account.api;

import dev.deskrelay.relay.api.ApiError;

/** JSON-B hands a resource null for an empty body; every call that takes a body needs one. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new ApiError(400, "bad_json", "this call takes a JSON object");
        }
        return body;
    }
}
