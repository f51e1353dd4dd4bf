package dev.deskrelay.bench;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void defaultsAreASmallRelayRun() {
        var options = BenchOptions.defaults();
        assertEquals(BenchOptions.Mode.RELAY, options.mode());
        assertEquals(1000, options.agents());
        assertEquals(100, options.viewers());
        assertEquals(60, options.holdSeconds());
        assertEquals(Duration.ofSeconds(1), options.telemetryPeriod());
        assertEquals(1300, options.sockets());
        assertEquals(1, options.destinationAddresses());
        assertNull(options.url());
        assertEquals(List.of("deskrelay.max-sockets-per-address=100000"), options.relaySettings());
        assertTrue(options.reconnect(), "dropped clients come back, as real ones do");
        assertEquals(0, options.rules(), "no alert rules unless asked");
    }

    @Test
    void noReconnectIsAFlagWithoutAValue() {
        var options = BenchOptions.parse(new String[] {"--agents", "20", "--no-reconnect", "--viewers", "5"});
        assertFalse(options.reconnect());
        assertEquals(20, options.agents());
        assertEquals(5, options.viewers());
        assertFalse(options.with(30, 10, 5).reconnect());
    }

    @Test
    void readsEveryKindOfValue() {
        var options = BenchOptions.parse(new String[] {"--mode", "prototype", "--agents", "20000", "--viewers", "2000",
            "--seconds", "600", "--action-period", "2.5", "--relay-setting", "deskrelay.agent-message-burst=80",
            "--url", "ws://127.0.0.1:8080/", "--addresses", "3"});
        assertEquals(BenchOptions.Mode.PROTOTYPE, options.mode());
        assertEquals(Duration.ofMillis(2500), options.actionPeriod());
        assertEquals(3, options.destinationAddresses());
        assertEquals(List.of("deskrelay.max-sockets-per-address=100000", "deskrelay.prototype.enabled=true",
                "deskrelay.agent-message-burst=80"), options.relaySettings());
    }

    @Test
    void manySocketsGetMoreDestinationAddresses() {
        var options = BenchOptions.parse(new String[] {"--agents", "60000", "--viewers", "2000"});
        int ports = dev.deskrelay.bench.relay.HostLimits.ephemeralPorts();
        assertEquals((int) Math.ceil(62_200 / (ports * 0.8)), options.destinationAddresses());
    }

    @Test
    void everyRunIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--agents", "0"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--agents", "100001"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--viewers", "1001"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--seconds", "3601"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--connect-rate", "0"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--acting", "1.5"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--drain", "0"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--rules", "8"}));
        assertThrows(IllegalArgumentException.class,
                () -> BenchOptions.parse(new String[] {"--mode", "prototype", "--rules", "1"}));
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--agent", "5"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--agents"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--agents", "many"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--mode", "carrier-pigeon"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--relay-setting", "no-value"}));
    }

    @Test
    void severalNodesAreGivenAsAListAndHaveNoEchoFloor() {
        var options = BenchOptions.parse(new String[] {"--nodes", "ws://127.0.0.1:7001/, ws://127.0.0.1:7002/", "--cross", "0.25",
            "--first-agent", "10000", "--hold-on-signal"});
        assertEquals(2, options.nodes().urls().size());
        assertEquals(0.25, options.nodes().crossShare());
        assertEquals(10_000, options.nodes().firstAgent());
        assertTrue(options.nodes().holdOnSignal());
        assertEquals(0, options.echoSockets());
        assertFalse(options.startsRelay());
        assertTrue(BenchOptions.defaults().startsRelay());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--nodes", "ws://127.0.0.1:7001/",
            "--url", "ws://127.0.0.1:7001/"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--nodes", "ws://127.0.0.1:7001/",
            "--echo", "10"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--via", "ws://127.0.0.1:7000/"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--nodes", "ws://127.0.0.1:7001/",
            "--cross", "2"}));
    }

    @Test
    void whatOnlyARelayStartedHereReadsIsRefusedWithNodes() {
        for (String[] relayOnly : List.of(new String[] {"--relay-setting", "deskrelay.x=1"}, new String[] {"--relay-heap", "4g"},
                new String[] {"--jfr", "10"}, new String[] {"--addresses", "4"}, new String[] {"--payara-jar", "p.jar"},
                new String[] {"--relay-war", "r.war"}, new String[] {"--echo-war", "e.war"},
                new String[] {"--payara-config", "c"}, new String[] {"--connection-buffers", "b.jar"},
                new String[] {"--work-dir", "w"})) {
            assertDoesNotThrow(() -> BenchOptions.parse(relayOnly), relayOnly[0] + " alone");
            var withNodes = new String[] {"--nodes", "ws://127.0.0.1:7001/", relayOnly[0], relayOnly[1]};
            var refused = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(withNodes), relayOnly[0]);
            assertTrue(refused.getMessage().contains(relayOnly[0]));
        }
    }

    @Test
    void anAnswerDelayIsShorterThanTheDrain() {
        assertEquals(Duration.ofMillis(2500), BenchOptions.parse(new String[] {"--answer-delay", "2.5"}).answerDelay());
        assertEquals(Duration.ZERO, BenchOptions.defaults().answerDelay());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--answer-delay", "10"}));
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--answer-delay", "-1"}));
        assertEquals(Duration.ofSeconds(15), BenchOptions.parse(new String[] {"--answer-delay", "15", "--drain", "20"}).answerDelay());
    }

    @Test
    void anAdministratorIsGivenOnlyForARelayStartedElsewhere() {
        var given = BenchOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/", "--admin-user", "ops",
            "--admin-password-file", "secret/password", "--setup-code-file", "data/setup-code"});
        assertEquals(new BenchOptions.AdminGiven("ops", Path.of("secret/password"), Path.of("data/setup-code")), given.admin());
        assertEquals(BenchOptions.AdminGiven.NONE, BenchOptions.defaults().admin());
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--admin-user", "ops"}),
                "a relay started here is set up by the run");
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/",
            "--admin-password-file", "p"}), "a password for nobody");
        assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(new String[] {"--url", "ws://127.0.0.1:8080/",
            "--admin-user", "o p"}));
    }
}
