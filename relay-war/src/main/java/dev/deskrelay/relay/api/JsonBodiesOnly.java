package dev.deskrelay.relay.api;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Half of the API's defence against cross-site requests (the other half is the SameSite=Strict
 * session cookie): a call that changes something must send JSON, which no HTML form can, and a
 * cross-site script cannot without a CORS preflight the relay never grants. Pre-matching, so it
 * answers before JAX-RS refuses the body for its resource's {@code @Consumes} with a bare 415.
 */
@Provider
@PreMatching
public class JsonBodiesOnly implements ContainerRequestFilter {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if (CHANGING.contains(request.getMethod())
                && !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
            throw new ApiError(415, "json_only", "send the body as application/json");
        }
    }
}
