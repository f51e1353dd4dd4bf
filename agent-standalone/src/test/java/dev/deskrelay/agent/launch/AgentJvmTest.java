package dev.deskrelay.agent.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgentJvmTest {

    @Test
    void theOptionsAreTheLaunchersFileWithoutItsComments() throws IOException {
        List<String> launchers = Files.readAllLines(Path.of("src/packaging/jvm-options")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();

        assertEquals(launchers, AgentJvm.options());
        assertTrue(AgentJvm.options().contains("-Xmx32m"), AgentJvm.options().toString());
    }

    @Test
    void theOptionsMarkTheirJvmSoTheRelaunchHappensOnce() {
        assertTrue(AgentJvm.options().contains("-D" + AgentJvm.OPTIONS_GIVEN + "=agent"), AgentJvm.options().toString());
    }

    @Test
    void theRelaunchRunsTheSameJarWithTheOptionsThenThePersonsOwnAndTheSameArguments() {
        List<String> command = AgentJvm.command(Path.of("/jdk/bin/java"), List.of("-Xmx32m", "-XX:+UseSerialGC"),
                List.of("-Djava.io.tmpdir=/t", "-Xmx64m"), Path.of("/opt/agent.jar"),
                new String[] {"pair", "--relay", "ws://h:1"});

        assertEquals(List.of("/jdk/bin/java", "-Xmx32m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=/t", "-Xmx64m",
                "-jar", "/opt/agent.jar", "pair", "--relay", "ws://h:1"), command);
    }
}
