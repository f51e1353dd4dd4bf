package dev.deskrelay.agent.config;

import java.nio.file.Path;
import java.util.Map;

/** Where the credential file lives unless the user says otherwise. */
public final class ConfigLocation {

    private ConfigLocation() {
    }

    public static Path defaultFile(Map<String, String> environment, String userHome) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        // the XDG base directory spec says to ignore a relative value
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".config");
        return base.resolve("deskrelay").resolve("agent.json");
    }
}
