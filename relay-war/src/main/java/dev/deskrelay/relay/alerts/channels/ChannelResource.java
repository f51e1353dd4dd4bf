package dev.deskrelay.relay.alerts.channels;

import java.time.Clock;
import java.util.List;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Rules;
import dev.deskrelay.relay.api.Caller;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/alerts/channels}: the signed-in account's channels, and a test message to one. */
@Path("alerts/channels")
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

    public record Listed(List<ChannelView> channels) {
    }

    public record Queued(boolean queued) {
    }

    @Inject
    Channels channels;
    @Inject
    SecurityContext security;
    @Inject
    Event<AlertNotice> notices;
    @Inject
    Clock clock;
    @Inject
    Rules rules;
    @Context
    HttpServletRequest request;

    @GET
    public Listed list() {
        return new Listed(channels.of(caller()).stream().map(channel -> ChannelView.of(channel, null)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ChannelDraft.Request body) {
        Channels.Created created = channels.create(actor(), ChannelDraft.of(body));
        return Response.status(201).entity(ChannelView.of(created.channel(), created.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        channels.delete(actor(), id);
        return Response.noContent().build();
    }

    /** Takes {@code {}} (a changing call sends JSON); the outcome shows in the channel's status. */
    @POST
    @Path("{id}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response test(@PathParam("id") String id) {
        String account = caller();
        Channel channel = channels.one(account, id);
        notices.fire(TestNotice.to(channel, clock.millis()));
        return Response.accepted(new Queued(true)).build();
    }

    private String caller() {
        return Caller.account(security);
    }

    private Rules.Actor actor() {
        return rules.actor(caller(), request.getRemoteAddr());
    }
}
