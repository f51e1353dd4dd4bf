package dev.deskrelay.relay.routing;

import java.util.function.Supplier;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.ErrorCode;

/** The pending actions of a test, which need their router before the router can be made with them. */
public final class LateAnswers implements ActionAnswers {

    private final Supplier<ActionAnswers> answers;

    public LateAnswers(Supplier<ActionAnswers> answers) {
        this.answers = answers;
    }

    @Override
    public boolean complete(String deviceId, AgentToRelay.ActionResult result) {
        return answers.get().complete(deviceId, result);
    }

    @Override
    public void agentGone(String deviceId, ErrorCode code, String message) {
        answers.get().agentGone(deviceId, code, message);
    }
}
