package dev.deskrelay.bench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ClusterOptionsTest {

    @Test
    void theLoadIsSplitIntoProcessesThatFitTheOpenFilesLimit() {
        var big = ClusterOptions.parse(new String[] {"--agents", "20000", "--viewers", "2000", "--seconds", "600"});
        assertEquals(2, big.generatorProcesses(), "22,000 sockets, at most 15,000 a process");
        assertEquals(1, ClusterOptions.parse(new String[0]).generatorProcesses());
        assertEquals(4, ClusterOptions.parse(new String[] {"--processes", "4"}).generatorProcesses());
        assertEquals(20_000, IntStream.range(0, 3).map(index -> ClusterOptions.share(20_000, 3, index)).sum());
        assertEquals(6667, ClusterOptions.share(20_000, 3, 0));
        assertEquals(6666, ClusterOptions.share(20_000, 3, 2));
    }

    @Test
    void generatorOptionsFollowTheDoubleDash() {
        var options = ClusterOptions.parse(new String[] {"--nodes", "3", "--kill-node", "2", "--kill-after", "10", "--",
            "--acting", "1", "--action-period", "2"});
        assertEquals(3, options.nodes());
        assertEquals(2, options.killNode());
        assertEquals(List.of("--acting", "1", "--action-period", "2"), options.generatorArguments());
        assertEquals(20.0, ClusterOptions.parse(new String[] {"--seconds", "60"}).killAfterSeconds(), 1e-9, "a third of the hold");
    }

    @Test
    void theRampsLimitFollowsTheGeneratorsPaceGivenAfterTheDoubleDash() {
        var usual = ClusterOptions.parse(new String[] {"--agents", "2000", "--viewers", "200"});
        var slow = ClusterOptions.parse(new String[] {"--agents", "2001", "--viewers", "200", "--processes", "2", "--",
            "--connect-rate", "5"});
        assertEquals(5, slow.generator().connectRate());
        assertEquals(1101, slow.generator().sockets(), "the larger process's share");
        // and before it, the largest process's 100 viewers' accounts: a second each, plus two minutes
        assertEquals(Duration.ofSeconds((3 * 1101 / 5 + 120) * 2 + 120 + 100), ClusterMain.rampLimit(slow));
        assertTrue(ClusterMain.rampLimit(slow).compareTo(ClusterMain.rampLimit(usual)) > 0);
    }

    @Test
    void theReportIsToldOnlyWhatTheRunSet() {
        var direct = ClusterOptions.parse(new String[0]);
        assertEquals(0.5, direct.crossShareAsRun(), 1e-9);
        assertEquals("on", direct.gridRoutingAsRun());
        assertEquals("off", ClusterOptions.parse(new String[] {"--grid", "off"}).gridRoutingAsRun());
        var balanced = ClusterOptions.parse(new String[] {"--balancer", "haproxy"});
        assertEquals(0.0, balanced.crossShare(), "the generator places no viewer on another node");
        assertTrue(Double.isNaN(balanced.crossShareAsRun()), "HAProxy picks each socket's node");
        var given = ClusterOptions.parse(new String[] {"--urls", "ws://127.0.0.1:7001/,ws://127.0.0.1:7002/"});
        assertEquals("unknown", given.gridRoutingAsRun(), "nodes started elsewhere");
    }

    @Test
    void nodesBehindHaproxyBelieveItsForwardedAddresses() {
        assertTrue(ClusterOptions.parse(new String[] {"--balancer", "haproxy"}).nodeSettings()
                .contains("deskrelay.trusted-proxies=127.0.0.1"));
        assertTrue(ClusterOptions.parse(new String[0]).nodeSettings().stream()
                .noneMatch(setting -> setting.startsWith("deskrelay.trusted-proxies")), "sockets straight to their nodes come from no proxy");
    }

    @Test
    void whatCannotWorkIsRefused() {
        for (String[] wrong : List.of(
                new String[] {"--nodes", "1"},
                new String[] {"--database", "h2", "--cross", "0.5"},
                new String[] {"--database", "h2", "--cross", "0", "--kill-node", "1"},
                new String[] {"--database", "h2", "--cross", "0", "--balancer", "haproxy"},
                new String[] {"--balancer", "haproxy", "--cross", "0.5"},
                new String[] {"--processes", "1", "--agents", "20000", "--viewers", "2000"},
                new String[] {"--kill-node", "2"},
                new String[] {"--kill-node", "1", "--seconds", "30", "--kill-after", "30"},
                new String[] {"--", "--agents", "5"},
                new String[] {"--", "--acting", "2"},
                new String[] {"--", "--relay-heap", "4g"},
                new String[] {"--", "--admin-user", "ops"},
                new String[] {"--seconds", "30", "--", "--answer-delay", "10"},
                new String[] {"--grid", "maybe"},
                new String[] {"--seconds", "4"},
                new String[] {"--agents"})) {
            var refused = assertThrows(IllegalArgumentException.class, () -> ClusterOptions.parse(wrong), String.join(" ", wrong));
            assertTrue(!refused.getMessage().isBlank());
        }
    }

    @Test
    void eachNodeMayKeepItsOwnH2WhenNothingMeetsAnotherNodesDevices() {
        var own = ClusterOptions.parse(new String[] {"--database", "h2", "--cross", "0"});
        assertTrue(!own.postgres());
    }
}
