package dev.deskrelay.agent.actions.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifyActionTest {

    @TempDir
    Path bin;

    @Test
    void withoutADesktopTheNotificationIsLogged() {
        NotifyAction action = new NotifyAction(List.of(new Declining(), new NotifySend("")));

        JsonObject result = action.perform(args("Backup done", "All 3 disks"));

        assertEquals("log", result.getString("method"));
    }

    @Test
    void theFirstWayThatWorksIsTheOneReported() {
        Declining declining = new Declining();
        Accepting accepting = new Accepting();
        NotifyAction action = new NotifyAction(List.of(declining, accepting));

        assertEquals("accepting", action.perform(args("Hello", null)).getString("method"));
        assertEquals(List.of(new Notification("Hello", null)), accepting.shown);
        assertEquals(1, declining.asked);
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsShown() {
        Accepting accepting = new Accepting();
        NotifyAction action = new NotifyAction(List.of(accepting));

        assertThrows(IllegalArgumentException.class, () -> action.perform(JsonValue.EMPTY_JSON_OBJECT));
        assertTrue(accepting.shown.isEmpty());
    }

    @Test
    void notifySendGetsTheTextAsSeparateArgumentsAfterADoubleDash() throws IOException {
        Path recorded = bin.resolve("arguments");
        fakeNotifySend("printf '%s\\n' \"$@\" > '" + recorded + "'");
        NotifyAction action = new NotifyAction(List.of(new NotifySend(bin.toString())));

        JsonObject result = action.perform(args("-n $(reboot)", "two words; `and more`"));

        assertEquals("notify-send", result.getString("method"));
        List<String> arguments = Files.readAllLines(recorded);
        assertEquals(List.of("--", "-n $(reboot)", "two words; `and more`"), arguments.subList(arguments.size() - 3,
                arguments.size()));
        assertTrue(arguments.contains("--app-name=DeskRelay"), arguments.toString());
    }

    @Test
    void aNotifySendThatFailsFallsBackToTheLog() throws IOException {
        fakeNotifySend("exit 1");
        NotifyAction action = new NotifyAction(List.of(new NotifySend("/nonexistent:" + bin)));

        assertEquals("log", action.perform(args("Hello", null)).getString("method"));
    }

    @Test
    void onThisMachineItAnswersWithoutCrashing() {
        JsonObject result = NotifyAction.forThisMachine().perform(args("DeskRelay test", "from NotifyActionTest"));

        assertTrue(Set.of("tray", "notify-send", "log").contains(result.getString("method")), result.toString());
    }

    @Test
    void itIsCalledNotify() {
        assertEquals("notify", NotifyAction.forThisMachine().name());
        assertFalse(new NotifySend(null).show(new Notification("t", null)));
    }

    private void fakeNotifySend(String script) throws IOException {
        Path program = bin.resolve("notify-send");
        Files.writeString(program, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwx------"));
    }

    private static JsonObject args(String title, String body) {
        var builder = Json.createObjectBuilder().add("title", title);
        if (body != null) {
            builder.add("body", body);
        }
        return builder.build();
    }

    private static final class Declining implements Notifier {
        int asked;

        @Override
        public String method() {
            return "declining";
        }

        @Override
        public boolean show(Notification notification) {
            asked++;
            return false;
        }
    }

    private static final class Accepting implements Notifier {
        final List<Notification> shown = new ArrayList<>();

        @Override
        public String method() {
            return "accepting";
        }

        @Override
        public boolean show(Notification notification) {
            shown.add(notification);
            return true;
        }
    }
}
