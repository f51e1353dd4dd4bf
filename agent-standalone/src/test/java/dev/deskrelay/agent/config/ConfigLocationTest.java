package dev.deskrelay.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ConfigLocationTest {

    @Test
    void usesXdgConfigHomeWhenSet() {
        assertEquals(Path.of("/xdg/deskrelay/agent.json"),
                ConfigLocation.defaultFile(Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/ada"));
    }

    @Test
    void fallsBackToDotConfigInTheHomeDirectory() {
        assertEquals(Path.of("/home/ada/.config/deskrelay/agent.json"), ConfigLocation.defaultFile(Map.of(), "/home/ada"));
    }

    @Test
    void ignoresARelativeXdgConfigHome() {
        assertEquals(Path.of("/home/ada/.config/deskrelay/agent.json"),
                ConfigLocation.defaultFile(Map.of("XDG_CONFIG_HOME", "relative"), "/home/ada"));
    }
}
