package dev.deskrelay.agent.actions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ActionPolicyTest {

    @Test
    void onlyAnExplicitFalseTurnsAnActionOff() {
        Map<String, Boolean> switches = new HashMap<>();
        switches.put("beep", false);
        switches.put("notify", true);
        switches.put("processes", null);
        ActionPolicy policy = new ActionPolicy(switches);

        assertFalse(policy.allows("beep"));
        assertTrue(policy.allows("notify"));
        assertTrue(policy.allows("processes"));
        assertTrue(policy.allows("anything-else"));
    }

    @Test
    void noConfigurationAllowsEverything() {
        assertTrue(new ActionPolicy(null).allows("beep"));
        assertTrue(ActionPolicy.ALLOW_ALL.allows("beep"));
    }
}
