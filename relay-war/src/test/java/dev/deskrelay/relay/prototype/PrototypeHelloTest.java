package dev.deskrelay.relay.prototype;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
}
