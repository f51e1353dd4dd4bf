package dev.deskrelay.relay.audit;

import jakarta.ws.rs.QueryParam;

/** The audit API's query parameters as sent, the same for a page and for the downloads. */
public class AuditParameters {

    @QueryParam("device")
    String device;
    @QueryParam("account")
    String account;
    @QueryParam("kind")
    String kind;
    @QueryParam("before")
    String before;
    @QueryParam("limit")
    String limit;

    AuditFilter filter(int defaultLimit, int mostLimit) {
        return AuditFilter.of(device, account, kind, before, limit, defaultLimit, mostLimit);
    }
}
