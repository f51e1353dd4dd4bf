package dev.deskrelay.relay.api;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of an API call as one JSON error: a client's mistake by its code, anything else
 * as {@code internal_error} with the details in the log only, and no stack trace for what a
 * client sent.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiError error) {
            var response = answer(error.status(), error.code(), error.getMessage(), error.retryAfter());
            return error.retryAfter() > 0
                    ? response.header("Retry-After", error.retryAfter()).build()
                    : response.build();
        }
        if (failure instanceof JsonbException || failure instanceof ProcessingException) {
            return answer(400, "bad_json", "the body is not the JSON this call takes", 0).build();
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(status, status == 404 ? "not_found" : status == 405 ? "method_not_allowed" : "bad_request",
                    web.getMessage(), 0).build();
        }
        LOG.log(Level.SEVERE, "an API call failed", failure);
        return answer(500, "internal_error", "the relay failed; its log says why", 0).build();
    }

    private static Response.ResponseBuilder answer(int status, String code, String message, long retryAfter) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", code).add("message", message);
        if (retryAfter > 0) {
            body.add("retryAfter", retryAfter);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body.build().toString());
    }
}
