package dev.deskrelay.agent;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

import dev.deskrelay.agent.config.ConfigLocation;
import dev.deskrelay.protocol.Limits;

/** The option values that depend on the machine and user rather than on the command line. */
record Defaults(Path configFile, String name) {

    static Defaults forThisMachine() {
        return new Defaults(ConfigLocation.defaultFile(System.getenv(), System.getProperty("user.home")), hostName());
    }

    private static String hostName() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = "deskrelay-agent";
        }
        return name.length() > Limits.MAX_NAME_LENGTH ? name.substring(0, Limits.MAX_NAME_LENGTH) : name;
    }
}
