package dev.deskrelay.agent.actions;

import java.io.PrintStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** {@code beep}: a tone through the sound card, or the terminal bell where there is none. */
public final class BeepAction implements AgentAction {

    private static final char BELL = '\u0007';

    private final Tone tone;
    private final PrintStream terminal;

    public BeepAction(Tone tone, PrintStream terminal) {
        this.tone = tone;
        this.terminal = terminal;
    }

    @Override
    public String name() {
        return "beep";
    }

    @Override
    public JsonObject perform(JsonObject args) {
        String method = tone.play() ? "tone" : ringBell();
        return Json.createObjectBuilder().add("method", method).build();
    }

    private String ringBell() {
        terminal.print(BELL);
        terminal.flush();
        return "bell";
    }
}
