package dev.deskrelay.agent.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay.ActionResult;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToAgent.Action;

class ActionDispatcherTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final ActionDispatcher dispatcher = new ActionDispatcher(
            List.of(new BeepAction(new Tone(), new PrintStream(terminal, true, StandardCharsets.UTF_8))));

    @Test
    void beepAnswersOkWithTheWayItBeeped() {
        ActionResult result = dispatcher.handle(new Action("r-17", "beep", JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("r-17", result.id());
        assertTrue(result.ok());
        String method = result.data().getString("method");
        assertTrue(Set.of("tone", "bell").contains(method), method);
        if (method.equals("bell")) {
            assertEquals("\u0007", terminal.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void beepNeedsNoArguments() {
        assertTrue(dispatcher.handle(new Action("r-18", "beep", null)).ok());
    }

    @Test
    void anUnknownActionAnswersUnknownAction() {
        ActionResult result = dispatcher.handle(new Action("r-19", "reboot", JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("r-19", result.id());
        assertFalse(result.ok());
        assertEquals(ErrorCode.UNKNOWN_ACTION.wire(), result.code());
        assertTrue(result.message().contains("reboot"), result.message());
        assertNull(result.data());
    }

    @Test
    void anActionThatThrowsAnswersActionFailed() {
        ActionDispatcher failing = new ActionDispatcher(List.of(new AgentAction() {
            @Override
            public String name() {
                return "explode";
            }

            @Override
            public JsonObject perform(JsonObject args) {
                throw new IllegalStateException("no fuse");
            }
        }));

        ActionResult result = failing.handle(new Action("r-20", "explode", JsonValue.EMPTY_JSON_OBJECT));

        assertFalse(result.ok());
        assertEquals(ErrorCode.ACTION_FAILED.wire(), result.code());
        assertTrue(result.message().contains("no fuse"), result.message());
    }
}
