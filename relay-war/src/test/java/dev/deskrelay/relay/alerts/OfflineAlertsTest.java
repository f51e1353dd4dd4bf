package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.routing.SilentRouter;

/** Offline rules' waits, on a scheduler whose time the test moves. */
class OfflineAlertsTest {

    private final ManualTimers timers = new ManualTimers();
    private final Map<String, List<AlertRule>> rulesByDevice = new ConcurrentHashMap<>();
    private final Set<String> online = ConcurrentHashMap.newKeySet();
    private final List<String> transitions = new ArrayList<>();
    private final List<String> withOfflineRules = new ArrayList<>();
    private final OfflineAlerts alerts = new OfflineAlerts(new RuleBook() {
        @Override
        public List<AlertRule> rulesFor(String deviceId) {
            return rulesByDevice.getOrDefault(deviceId, List.of());
        }
    }, new AlertTransitions() {
        @Override
        public void changed(AlertRule rule, String deviceId, Transition transition, double value, long at) {
            transitions.add(transition + " " + rule.id() + " " + deviceId + " at " + at / 1000);
        }
    }, new SilentRouter() {
        @Override
        public boolean isOnline(String deviceId) {
            return online.contains(deviceId);
        }
    }, timers, timers.clock(), new OfflineRuleDevices() {
        @Override
        public List<String> all() {
            return withOfflineRules;
        }
    });

    OfflineAlertsTest() {
        rulesByDevice.put("d1", List.of(offline("r1", 60), rule("cpu", "r-cpu", 0)));
    }

    @Test
    void aDeviceOfflineForTheDurationFires() {
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(59));
        assertEquals(List.of(), transitions);

        timers.advance(Duration.ofSeconds(1));
        assertEquals(List.of("FIRING r1 d1 at 60"), transitions);
        assertEquals(0, alerts.waitingDevices(), "nothing left waiting");
    }

    @Test
    void comingBackInTimeStopsTheWaitAndResolvesOnlyOfflineRules() {
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(30));
        online.add("d1");
        alerts.online("d1");
        timers.advance(Duration.ofMinutes(5));

        assertEquals(List.of("RESOLVED r1 d1 at 30"), transitions, "resolving what did not fire changes nothing");
        assertEquals(0, timers.waiting());
        assertEquals(0, alerts.waitingDevices());
    }

    @Test
    void comingBackAfterItFiredResolvesIt() {
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(90));
        online.add("d1");
        alerts.online("d1");
        timers.advance(Duration.ZERO);

        assertEquals(List.of("FIRING r1 d1 at 60", "RESOLVED r1 d1 at 90"), transitions);
    }

    @Test
    void aDeviceBackOnAnotherRelayDoesNotFire() {
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(10));
        online.add("d1");
        timers.advance(Duration.ofMinutes(2));
        assertEquals(List.of(), transitions);
    }

    @Test
    void eachOfflineRuleWaitsItsOwnDuration() {
        rulesByDevice.put("d1", List.of(offline("r1", 60), offline("r5", 300)));
        alerts.offline("d1");
        timers.advance(Duration.ofMinutes(10));
        assertEquals(List.of("FIRING r1 d1 at 60", "FIRING r5 d1 at 300"), transitions);
        assertEquals(0, alerts.waitingDevices());
    }

    @Test
    void aRuleRemovedWhileWaitingDoesNotFire() {
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(30));
        rulesByDevice.put("d1", List.of());
        timers.advance(Duration.ofMinutes(2));
        assertEquals(List.of(), transitions);
    }

    @Test
    void goingOfflineAgainStartsTheWaitAgain() {
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(30));
        alerts.offline("d1");
        timers.advance(Duration.ofSeconds(59));
        assertEquals(List.of(), transitions);
        timers.advance(Duration.ofSeconds(1));
        assertEquals(List.of("FIRING r1 d1 at 90"), transitions, "once");
    }

    @Test
    void aDeviceWithoutOfflineRulesWaitsForNothing() {
        alerts.offline("d2");
        timers.advance(Duration.ofMinutes(5));
        assertEquals(0, timers.waiting());
        assertEquals(List.of(), transitions);
    }

    @Test
    void afterTheRelayStartsTheOfflineDevicesWithOfflineRulesWait() {
        rulesByDevice.put("d2", List.of(offline("r2", 120)));
        withOfflineRules.addAll(List.of("d1", "d2"));
        online.add("d2");

        alerts.deployed(null);
        timers.advance(Duration.ofMinutes(5));

        assertEquals(List.of("FIRING r1 d1 at 60"), transitions, "d2 came back");
    }

    private static AlertRule offline(String id, long seconds) {
        return rule(Metric.OFFLINE, id, seconds);
    }

    private static AlertRule rule(String metric, String id, long seconds) {
        boolean offline = metric.equals(Metric.OFFLINE);
        return new AlertRule(id, "a-1", new RuleDefinition("rule " + id, null, metric, offline ? null : "above",
                offline ? null : 90.0, null, seconds, "warning", 0), 0);
    }
}
