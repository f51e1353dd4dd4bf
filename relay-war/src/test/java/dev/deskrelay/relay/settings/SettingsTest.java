package dev.deskrelay.relay.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    @Test
    void nothingSetIsNothingWrong() {
        assertEquals(List.of(), Settings.problems(name -> Optional.empty()));
    }

    @Test
    void sensibleValuesPass() {
        assertEquals(List.of(), problems(Map.of(
                "deskrelay.outbox-limit", "1",
                "deskrelay.idle-timeout-seconds", "120",
                "deskrelay.audit-days", "3650",
                "deskrelay.agent-messages-per-second", "0.5",
                "deskrelay.prototype.enabled", "TRUE",
                "deskrelay.allowed-origins", "https://dash.example.com, http://localhost:3000",
                "deskrelay.prototype.allowed-origins", "*")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "deskrelay.outbox-limit              | 0    | must be a whole number from 1 to 2147483647",
            "deskrelay.outbox-limit              | -5   | must be a whole number from 1 to 2147483647",
            "deskrelay.outbox-limit              | lots | must be a whole number from 1 to 2147483647",
            "deskrelay.max-sockets-per-address   | 1.5  | must be a whole number from 1 to 2147483647",
            "deskrelay.history-samples           | 9999999999 | must be a whole number from 1 to 2147483647",
            "deskrelay.auth-timeout-seconds      | 0    | must be a whole number from 1 to 2147483647",
            "deskrelay.idle-timeout-seconds      | -1   | must be a whole number from 1 to 2147483647",
            "deskrelay.action-timeout-seconds    | 30s  | must be a whole number from 1 to 2147483647",
            "deskrelay.pairing-failure-window-seconds | 0 | must be a whole number from 1 to 2147483647",
            "deskrelay.pairing-failures-per-address   | 0 | must be a whole number from 1 to 2147483647",
            "deskrelay.pairing-failures-relay-wide    | 0 | must be a whole number from 1 to 2147483647",
            "deskrelay.max-viewers-per-device    | 0    | must be a whole number from 1 to 2147483647",
            "deskrelay.agent-message-burst       | 0    | must be a whole number from 1 to 2147483647",
            "deskrelay.viewer-message-burst      | 0    | must be a whole number from 1 to 2147483647",
            "deskrelay.agent-messages-per-second | 0    | must be a number above 0, such as 2.5",
            "deskrelay.viewer-messages-per-second | NaN | must be a number above 0, such as 2.5",
            "deskrelay.viewer-messages-per-second | Infinity | must be a number above 0, such as 2.5",
            "deskrelay.audit-days                | 0    | must be a whole number from 1 to 3650",
            "deskrelay.audit-days                | 3651 | must be a whole number from 1 to 3650",
            "deskrelay.audit-days                | 90d  | must be a whole number from 1 to 3650",
            "deskrelay.prototype.enabled         | ture | must be true or false",
            "deskrelay.allowed-origins           | dash.example.com | 'dash.example.com' is not an origin: write scheme://host[:port], e.g. https://dash.example.com",
            "deskrelay.allowed-origins           | null | 'null' is not an origin: write scheme://host[:port], e.g. https://dash.example.com",
            "deskrelay.allowed-origins           | *    | '*' is not an origin: write scheme://host[:port], e.g. https://dash.example.com",
            "deskrelay.prototype.allowed-origins | file://x | 'file://x' is not an origin: write scheme://host[:port], e.g. https://dash.example.com",
    })
    void aValueThatMakesNoSenseIsNamedWithItsSetting(String name, String value, String why) {
        assertEquals(List.of(name + "=\"" + value + "\": " + why), problems(Map.of(name, value)));
    }

    @Test
    void everyWrongSettingIsNamedAtOnce() {
        assertEquals(List.of("deskrelay.allowed-origins=\"x\": 'x' is not an origin: write scheme://host[:port],"
                        + " e.g. https://dash.example.com",
                "deskrelay.outbox-limit=\"0\": must be a whole number from 1 to 2147483647"),
                problems(Map.of("deskrelay.outbox-limit", "0", "deskrelay.allowed-origins", "x")));
    }

    /** A setting read anywhere in the relay and unknown here would go unchecked. */
    @Test
    void everySettingTheRelayReadsIsChecked() throws IOException, URISyntaxException {
        Path classes = Path.of(Settings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> read;
        try (Stream<Path> files = Files.walk(classes)) {
            read = files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> load(classes.relativize(file)))
                    .flatMap(SettingsTest::configPropertyNames)
                    .collect(Collectors.toSet());
        }
        assertTrue(read.size() >= 15, "found the relay's settings: " + read);
        assertEquals(Set.of(), difference(read, Settings.names()), "read but not checked");
    }

    private static List<String> problems(Map<String, String> configured) {
        return Settings.problems(name -> Optional.ofNullable(configured.get(name)));
    }

    private static Class<?> load(Path classFile) {
        String name = classFile.toString().replace(classFile.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
        try {
            return Class.forName(name, false, SettingsTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Stream<String> configPropertyNames(Class<?> type) {
        Stream<AnnotatedElement> fields = Arrays.stream(type.getDeclaredFields());
        Stream<AnnotatedElement> parameters = Stream.concat(Arrays.stream(type.getDeclaredConstructors()),
                Arrays.stream(type.getDeclaredMethods())).map(Executable::getParameters).flatMap(Arrays::stream);
        return Stream.concat(fields, parameters)
                .map(element -> element.getAnnotation(ConfigProperty.class))
                .filter(property -> property != null)
                .map(ConfigProperty::name);
    }

    private static Set<String> difference(Set<String> all, Set<String> known) {
        return all.stream().filter(name -> !known.contains(name)).collect(Collectors.toSet());
    }
}
