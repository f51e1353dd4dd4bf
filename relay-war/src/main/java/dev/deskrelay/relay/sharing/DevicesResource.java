package dev.deskrelay.relay.sharing;

import dev.deskrelay.relay.api.Caller;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** {@code DELETE /api/devices/{id}}: an owner removes the device for everyone who holds it. */
@Path("devices/{deviceId}")
public class DevicesResource {

    @Inject
    Sharing sharing;
    @Inject
    SecurityContext security;

    @DELETE
    public void remove(@PathParam("deviceId") String deviceId) {
        sharing.removeDevice(Caller.account(security), deviceId);
    }
}
