package dev.deskrelay.agent.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import dev.deskrelay.protocol.AgentToRelay.ActionResult;
import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToAgent.Action;

class ActionDispatcherTest {

    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final BeepAction beep = new BeepAction(new Tone(), new PrintStream(terminal, true, StandardCharsets.UTF_8));

    @Test
    void beepAnswersOkWithTheWayItBeeped() {
        ActionResult result = dispatcher(ActionPolicy.ALLOW_ALL, beep)
                .handle(new Action("r-17", "beep", JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("r-17", result.id());
        assertTrue(result.ok());
        String method = result.data().getString("method");
        assertTrue(Set.of("tone", "bell").contains(method), method);
        if (method.equals("bell")) {
            assertEquals("\u0007", terminal.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void anActionGetsAnEmptyObjectWhenTheRequestHasNoArguments() {
        Fake echo = new Fake("echo", args -> Json.createObjectBuilder().add("args", args).build());

        ActionResult result = dispatcher(ActionPolicy.ALLOW_ALL, echo).handle(new Action("r-18", "echo", null));

        assertTrue(result.ok());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, result.data().getJsonObject("args"));
    }

    @Test
    void anUnknownActionAnswersUnknownAction() {
        ActionResult result = dispatcher(ActionPolicy.ALLOW_ALL, beep)
                .handle(new Action("r-19", "reboot", JsonValue.EMPTY_JSON_OBJECT));

        assertEquals("r-19", result.id());
        assertFalse(result.ok());
        assertEquals(ErrorCode.UNKNOWN_ACTION.wire(), result.code());
        assertTrue(result.message().contains("reboot"), result.message());
        assertNull(result.data());
    }

    @Test
    void anActionTurnedOffAnswersActionDisabledWithoutRunning() {
        Fake counted = new Fake("count", args -> JsonValue.EMPTY_JSON_OBJECT);
        ActionDispatcher dispatcher = dispatcher(new ActionPolicy(Map.of("count", false)), counted);

        ActionResult result = dispatcher.handle(new Action("r-20", "count", JsonValue.EMPTY_JSON_OBJECT));

        assertFalse(result.ok());
        assertEquals(ErrorCode.ACTION_DISABLED.wire(), result.code());
        assertEquals(0, counted.runs.get());
    }

    @Test
    void anActionTurnedOnOrNotMentionedRuns() {
        Fake on = new Fake("on", args -> JsonValue.EMPTY_JSON_OBJECT);
        Fake unmentioned = new Fake("unmentioned", args -> JsonValue.EMPTY_JSON_OBJECT);
        ActionDispatcher dispatcher = dispatcher(new ActionPolicy(Map.of("on", true)), on, unmentioned);

        assertTrue(dispatcher.handle(new Action("r-21", "on", null)).ok());
        assertTrue(dispatcher.handle(new Action("r-22", "unmentioned", null)).ok());
        assertEquals(1, on.runs.get());
        assertEquals(1, unmentioned.runs.get());
    }

    @Test
    void argumentsAnActionRefusesAnswerBadArguments() {
        Fake picky = new Fake("picky", args -> {
            throw new IllegalArgumentException("limit must be 1 to 50");
        });

        ActionResult result = dispatcher(ActionPolicy.ALLOW_ALL, picky).handle(new Action("r-23", "picky", null));

        assertFalse(result.ok());
        assertEquals(ErrorCode.BAD_ARGUMENTS.wire(), result.code());
        assertEquals("limit must be 1 to 50", result.message());
    }

    @Test
    void anActionThatThrowsAnythingElseAnswersActionFailed() {
        Fake failing = new Fake("explode", args -> {
            throw new IllegalStateException("no fuse");
        });

        ActionResult result = dispatcher(ActionPolicy.ALLOW_ALL, failing).handle(new Action("r-24", "explode", null));

        assertFalse(result.ok());
        assertEquals(ErrorCode.ACTION_FAILED.wire(), result.code());
        assertTrue(result.message().contains("no fuse"), result.message());
    }

    @Test
    void itKnowsTheNamesOfItsActions() {
        assertEquals(Set.of("beep", "echo"), dispatcher(ActionPolicy.ALLOW_ALL, beep,
                new Fake("echo", args -> args)).names());
    }

    private static ActionDispatcher dispatcher(ActionPolicy policy, AgentAction... actions) {
        return new ActionDispatcher(List.of(actions), policy);
    }

    private static final class Fake implements AgentAction {

        private final String name;
        private final Function<JsonObject, JsonObject> behaviour;
        private final AtomicInteger runs = new AtomicInteger();

        Fake(String name, Function<JsonObject, JsonObject> behaviour) {
            this.name = name;
            this.behaviour = behaviour;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public JsonObject perform(JsonObject args) {
            runs.incrementAndGet();
            return behaviour.apply(args);
        }
    }
}
