package dev.deskrelay.bench.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** Where a person's calls go. */
class RelayApiTest {

    @Test
    void aViewersSocketNamesTheRelayItsAccountIsMadeOn() {
        assertEquals(URI.create("http://127.0.0.2:41234/"), RelayApi.httpBase(URI.create("ws://127.0.0.2:41234/viewer")));
        assertEquals(URI.create("http://127.0.0.1:8080/api/invites"),
                RelayApi.httpBase(URI.create("ws://127.0.0.1:8080/")).resolve("api/invites"));
    }
}
