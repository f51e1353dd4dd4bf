package dev.deskrelay.relay.prototype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.deskrelay.relay.prototype.PrototypeHello.Mode;

class PrototypeHelloTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"event\":\"cpu\",\"value\":12.5}", "{\"a\":[1,{\"b\":true}],\"c\":null}", "[1,2]", "42",
            "\"text\"", "null", " {} "})
    void forwardsAnyOneJsonValue(String frame) {
        assertTrue(PrototypeHello.isJson(frame));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{", "{\"a\" 1}", "{\"a\":{\"b\" 1 2}}", "[1 2]", "{'a':1}", "{\"a\":1,}", "tru",
            "{} {}", "1 2", "{\"event\":\"cpu\"}x"})
    void dropsWhatIsNotOneJsonValue(String frame) {
        assertFalse(PrototypeHello.isJson(frame));
    }

    @Test
    void readsTheAuthenticationEvent() {
        assertEquals(Optional.of(new PrototypeHello("office", Mode.WEB)), PrototypeHello.parse(
                "{\"event\":\"authentication\",\"client_id\":\"office\",\"client_mode\":\"web\"}"));
        assertEquals(Optional.empty(), PrototypeHello.parse("{\"event\":\"cpu\",\"client_id\":\"office\",\"client_mode\":\"web\"}"));
        assertEquals(Optional.empty(), PrototypeHello.parse("{\"event\":\"authentication\",\"client_id\":\"office\"}"));
    }
}
