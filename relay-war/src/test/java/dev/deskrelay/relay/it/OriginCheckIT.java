package dev.deskrelay.relay.it;

import static dev.deskrelay.relay.it.Parties.enrollAgent;
import static dev.deskrelay.relay.it.Parties.pairViewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.glassfish.tyrus.core.HandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-site WebSocket hijacking: a page elsewhere must not use a browser's token. */
class OriginCheckIT extends BuiltRelayIT {

    private static final Pattern REFUSED = Pattern.compile(
            "(?m)^deskrelay_sockets_refused_total\\{[^}]*reason=\"origin_not_allowed\"[^}]*\\} ([0-9.eE+]+)$");

    @Test
    void aForeignOriginIsRefusedAtTheHandshakeEvenWithAValidToken() {
        double refusedBefore = refusedByOrigin();
        var agent = enrollAgent(base, "target");
        String token = pairViewer(base, agent.pairingCode()).token();

        var refused = assertThrows(IllegalStateException.class,
                () -> RelayClient.connect(base, "viewer", Map.of("Origin", "http://evil.example")));
        assertEquals(403, ((HandshakeException) refused.getCause().getCause()).getHttpStatusCode());
        var agentRefused = assertThrows(IllegalStateException.class,
                () -> RelayClient.connect(base, "agent", Map.of("Origin", "http://evil.example")));
        assertEquals(403, ((HandshakeException) agentRefused.getCause().getCause()).getHttpStatusCode());
        assertEquals(refusedBefore + 2, refusedByOrigin(), "each refused handshake is counted");

        var own = RelayClient.connect(base, "viewer", Map.of("Origin", "http://127.0.0.1:" + base.getPort()));
        own.send("{\"type\":\"authenticate\",\"token\":\"" + token + "\"}").next("authenticated");
        own.close();
        agent.socket().close();
    }

    @Test
    void aPageOnAnotherOriginCannotOpenAViewerSocketInARealBrowser(@TempDir Path home) {
        try (var browser = Browser.open(home.resolve("chromium"))) {
            // localhost and 127.0.0.1 are different origins to a browser, though the same relay
            browser.driver.get("http://localhost:" + base.getPort() + base.getPath());
            assertEquals("refused", openSocket(browser, "ws://127.0.0.1:" + base.getPort() + base.getPath() + "viewer"));
            assertEquals("open", openSocket(browser, "ws://localhost:" + base.getPort() + base.getPath() + "viewer"));
        }
    }

    private double refusedByOrigin() {
        String metrics = new RelayHttp(base).get("/metrics").body();
        var matcher = REFUSED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static String openSocket(Browser browser, String url) {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const socket = new WebSocket(arguments[0]);
                socket.onopen = () => { socket.close(); done('open'); };
                socket.onclose = () => done('refused');
                """, url);
    }
}
