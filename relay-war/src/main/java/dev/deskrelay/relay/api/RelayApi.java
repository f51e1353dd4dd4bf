package dev.deskrelay.relay.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The page's and scripts' HTTP API next to the sockets: accounts, sharing, links, the audit log. */
@ApplicationPath("api")
public class RelayApi extends Application {
}
