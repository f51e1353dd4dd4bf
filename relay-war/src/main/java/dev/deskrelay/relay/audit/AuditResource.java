package dev.deskrelay.relay.audit;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /api/audit} a page at a time, and {@code /api/audit.csv} and {@code /api/audit.json}
 * as downloads, with the same filters; {@link AuditReaders} decides what the caller may see.
 */
@Path("/")
public class AuditResource {

    @Inject
    SecurityContext security;
    @Inject
    AuditScope scope;
    @Inject
    AuditStore store;
    @Inject
    Clock clock;

    @GET
    @Path("audit")
    @Produces(MediaType.APPLICATION_JSON)
    public String page(@BeanParam AuditParameters asked) {
        return json(read(asked.filter(AuditFilter.PAGE, AuditFilter.MOST_PER_PAGE))).toString();
    }

    @GET
    @Path("audit.json")
    public Response jsonDownload(@BeanParam AuditParameters asked) {
        return attachment(json(read(download(asked))).toString(), MediaType.APPLICATION_JSON, "json");
    }

    @GET
    @Path("audit.csv")
    public Response csvDownload(@BeanParam AuditParameters asked) {
        AuditPage page = read(download(asked));
        StreamingOutput body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            AuditCsv.write(page.events(), writer);
            writer.flush();
        };
        return attachment(body, "text/csv; charset=utf-8", "csv");
    }

    /** A download is one file: as many as it may hold unless a smaller limit is asked for. */
    private static AuditFilter download(AuditParameters asked) {
        return asked.filter(AuditFilter.MOST_PER_DOWNLOAD, AuditFilter.MOST_PER_DOWNLOAD);
    }

    private AuditPage read(AuditFilter filter) {
        Principal caller = security.getCallerPrincipal();
        String reader = AuditReaders.restriction(caller == null ? null : caller.getName(), filter, scope);
        AuditQuery query = AuditQuery.of(filter, reader);
        return query.page(store.find(query));
    }

    private Response attachment(Object body, String type, String extension) {
        String name = "deskrelay-audit-" + LocalDate.now(clock) + "." + extension;
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static JsonObject json(AuditPage page) {
        JsonArrayBuilder events = Json.createArrayBuilder();
        page.events().forEach(event -> events.add(json(event)));
        JsonObjectBuilder answer = Json.createObjectBuilder().add("events", events);
        return (page.next() == null ? answer.addNull("next") : answer.add("next", page.next())).build();
    }

    private static JsonObjectBuilder json(AuditEvent event) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", event.id()).add("at", event.at());
        add(json, "account", event.accountId());
        add(json, "actor", event.actor());
        add(json, "device", event.deviceId());
        add(json, "kind", event.kind());
        add(json, "detail", event.detail());
        add(json, "outcome", event.outcome());
        add(json, "address", event.address());
        return json;
    }

    private static void add(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
