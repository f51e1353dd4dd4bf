package dev.deskrelay.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import dev.deskrelay.relay.Sweeps;
import dev.deskrelay.relay.routing.SilentRouter;

/** Offline rules' waits, on a scheduler whose time the test moves; the queue is worked off after each step, as every second. */
class OfflineAlertsTest {

    private final ManualTimers timers = new ManualTimers();
    private final Map<String, List<AlertRule>> rulesByDevice = new ConcurrentHashMap<>();
    private final Set<String> online = ConcurrentHashMap.newKeySet();
    private final List<String> transitions = new ArrayList<>();
    private final Map<String, List<AlertRule>> withOfflineRules = new HashMap<>();
    private final Map<String, List<AlertRule>> ofAccount = new HashMap<>();
    private boolean databaseDown;
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
    }, timers, new Sweeps(timers), timers.clock(), new OfflineRuleDevices() {
        @Override
        public Map<String, List<AlertRule>> all() {
            if (databaseDown) {
                throw new IllegalStateException("the database is down");
            }
            return withOfflineRules;
        }

        @Override
        public Map<String, List<AlertRule>> ofAccount(String accountId) {
            return ofAccount;
        }
    });

    OfflineAlertsTest() {
        rulesByDevice.put("d1", List.of(offline("r1", 60), rule("cpu", "r-cpu", 0)));
    }

    @Test
    void aDeviceOfflineForTheDurationFires() {
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(59));
        assertEquals(List.of(), transitions);

        later(Duration.ofSeconds(1));
        assertEquals(List.of("FIRING r1 d1 at 60"), transitions);
        assertEquals(0, alerts.waitingDevices(), "nothing left waiting");
    }

    @Test
    void comingBackInTimeStopsTheWaitAndResolvesOnlyOfflineRules() {
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(30));
        online.add("d1");
        alerts.online("d1");
        later(Duration.ZERO);
        later(Duration.ofMinutes(5));

        assertEquals(List.of("RESOLVED r1 d1 at 30"), transitions, "resolving what did not fire changes nothing");
        assertEquals(0, timers.waiting());
        assertEquals(0, alerts.waitingDevices());
    }

    @Test
    void comingBackAfterItFiredResolvesIt() {
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(60));
        later(Duration.ofSeconds(30));
        online.add("d1");
        alerts.online("d1");
        later(Duration.ZERO);

        assertEquals(List.of("FIRING r1 d1 at 60", "RESOLVED r1 d1 at 90"), transitions);
    }

    @Test
    void aDropAndAReconnectWithinOneDrainAreWorkedOffInOrder() {
        alerts.offline("d1");
        online.add("d1");
        alerts.online("d1");
        later(Duration.ofMinutes(5));

        assertEquals(List.of("RESOLVED r1 d1 at 300"), transitions);
        assertEquals(0, alerts.waitingDevices());
    }

    @Test
    void aDeviceBackOnAnotherRelayDoesNotFire() {
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(10));
        online.add("d1");
        later(Duration.ofMinutes(2));
        assertEquals(List.of(), transitions);
    }

    @Test
    void eachOfflineRuleWaitsItsOwnDuration() {
        rulesByDevice.put("d1", List.of(offline("r1", 60), offline("r5", 300)));
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofMinutes(1));
        later(Duration.ofMinutes(4));
        assertEquals(List.of("FIRING r1 d1 at 60", "FIRING r5 d1 at 300"), transitions);
        assertEquals(0, alerts.waitingDevices());
    }

    @Test
    void aRuleRemovedWhileWaitingDoesNotFire() {
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(30));
        rulesByDevice.put("d1", List.of());
        later(Duration.ofMinutes(2));
        assertEquals(List.of(), transitions);
    }

    @Test
    void goingOfflineAgainStartsTheWaitAgain() {
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(30));
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(59));
        assertEquals(List.of(), transitions);
        later(Duration.ofSeconds(1));
        assertEquals(List.of("FIRING r1 d1 at 90"), transitions, "once");
    }

    @Test
    void aDeviceWithoutOfflineRulesWaitsForNothing() {
        alerts.offline("d2");
        later(Duration.ZERO);
        later(Duration.ofMinutes(5));
        assertEquals(0, timers.waiting());
        assertEquals(List.of(), transitions);
    }

    @Test
    void afterTheRelayStartsTheOfflineDevicesWithOfflineRulesWait() {
        rulesByDevice.put("d2", List.of(offline("r2", 120)));
        withOfflineRules.putAll(Map.of("d1", List.of(offline("r1", 60)), "d2", rulesByDevice.get("d2")));
        online.add("d2");

        later(Duration.ZERO);
        later(Duration.ofMinutes(1));
        later(Duration.ofMinutes(4));

        assertEquals(List.of("FIRING r1 d1 at 60"), transitions, "d2 came back");
    }

    @Test
    void aRuleAddedWhileTheDeviceIsOfflineWaitsFromThen() {
        rulesByDevice.put("d1", List.of());
        alerts.offline("d1");
        later(Duration.ofSeconds(100));
        var added = offline("r1", 60);
        rulesByDevice.put("d1", List.of(added));
        ofAccount.put("d1", List.of(added));

        alerts.rulesChanged(new RulesChanged("a-1", List.of()));
        later(Duration.ZERO);
        later(Duration.ofSeconds(60));

        assertEquals(List.of("FIRING r1 d1 at 160"), transitions);
    }

    @Test
    void anAlertThatStartedOverWaitsAgainWhileARunningWaitGoesOn() {
        var r1 = offline("r1", 60);
        var r2 = offline("r2", 120);
        rulesByDevice.put("d1", List.of(r1, r2));
        ofAccount.put("d1", List.of(r1, r2));
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(60));
        later(Duration.ofSeconds(40));

        alerts.rulesChanged(new RulesChanged("a-1", List.of(new Alert(r1, "d1", "pc", null, 60_000))));
        later(Duration.ZERO);
        later(Duration.ofSeconds(20));
        later(Duration.ofSeconds(40));

        assertEquals(List.of("FIRING r1 d1 at 60", "FIRING r2 d1 at 120", "FIRING r1 d1 at 160"), transitions);
    }

    @Test
    void aRulesChangeMakesNoOnlineDeviceWait() {
        ofAccount.put("d1", rulesByDevice.get("d1"));
        online.add("d1");
        alerts.rulesChanged(new RulesChanged("a-1", List.of()));
        later(Duration.ZERO);
        assertEquals(0, alerts.waitingDevices());
    }

    @Test
    void aStartTheDatabaseRefusesHoldsUpNothingAndIsTriedAgain() {
        rulesByDevice.put("d2", List.of(offline("r2", 60)));
        withOfflineRules.put("d1", List.of(offline("r1", 60)));
        databaseDown = true;
        alerts.offline("d2");
        later(Duration.ZERO);
        databaseDown = false;
        later(Duration.ZERO);
        later(Duration.ofSeconds(60));

        assertEquals(List.of("FIRING r2 d2 at 60", "FIRING r1 d1 at 60"), transitions);
    }

    @Test
    void aLostRelaysOfflineDevicesWaitFromThenAndOnesWaitingHereGoOn() {
        rulesByDevice.put("d2", List.of(offline("r2", 60)));
        withOfflineRules.putAll(Map.of("d1", rulesByDevice.get("d1").subList(0, 1), "d2", rulesByDevice.get("d2")));
        later(Duration.ZERO);
        later(Duration.ofSeconds(60));
        transitions.clear();
        alerts.offline("d1");
        later(Duration.ZERO);
        later(Duration.ofSeconds(30));

        alerts.offlineOnALostRelay();
        later(Duration.ZERO);
        later(Duration.ofSeconds(30));
        later(Duration.ofSeconds(30));

        assertEquals(List.of("FIRING r1 d1 at 120", "FIRING r2 d2 at 150"), transitions);
    }

    /** Time passes, then the queue is worked off. */
    private void later(Duration step) {
        timers.advance(step);
        alerts.drain();
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
