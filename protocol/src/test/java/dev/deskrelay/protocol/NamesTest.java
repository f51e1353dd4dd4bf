package dev.deskrelay.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names reach people's screens: a device's name and its host name. */
class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "line\nbreak", "cr\r", "tab\there", "\u001b[31mred", "del\u007f", "c1\u0085",
            "line\u2028sep", "para\u2029sep", "\u202eexe.txt", "\u202aembed", "\u2066isolate\u2069", "mark\u200f",
            "arabic\u061cmark"})
    void controlCharactersAreRefusedInEveryName(String name) {
        var enroll = assertThrows(IllegalArgumentException.class, () -> new AgentToRelay.Enroll(name));
        assertEquals("name contains a control character", enroll.getMessage());
        var facts = assertThrows(IllegalArgumentException.class, () -> facts(name));
        assertEquals("hostname contains a control character", facts.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"studio-pc", "Büro 2", "台式机", "👨‍👩‍👧 family", "🏴󠁧󠁢󠁳󠁣󠁴󠁿 desk", "soft\u00adhyphen", "ﻣﻜﺘﺐ"})
    void namesInAnyScriptWithEmojiAndTheirJoinersAreFine(String name) {
        assertEquals(name, new AgentToRelay.Enroll(name).name());
        assertEquals(name, facts(name).hostname());
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String emoji = "😀".repeat(Limits.MAX_NAME_LENGTH);
        assertEquals(emoji, new AgentToRelay.Enroll(emoji).name());
        var tooLong = assertThrows(IllegalArgumentException.class, () -> new AgentToRelay.Enroll(emoji + "😀"));
        assertEquals("name is longer than 64 characters", tooLong.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AgentToRelay.Enroll("x".repeat(Limits.MAX_NAME_LENGTH + 1)));
    }

    @Test
    void aHostNameMayBeAbsent() {
        assertNull(facts(null).hostname());
    }

    @Test
    void refusedOnTheWireAsABadMessage() {
        var format = new WireFormat<>(AgentToRelay.class);
        var violation = assertThrows(ProtocolViolation.class, () -> format.read("{\"type\":\"enroll\",\"name\":\"a\\u001b[2Jb\"}"));
        assertEquals(ErrorCode.BAD_MESSAGE, violation.code());
    }

    private static SystemFacts facts(String hostname) {
        return new SystemFacts(hostname, "Linux", "6", "cpu", 2, 1, 1024, "1.0");
    }
}
