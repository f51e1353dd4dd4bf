package dev.deskrelay.relay.routing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.ErrorCode;

/** Pending actions that remember what reached them, and take every answer, for tests of routing. */
public final class RecordingAnswers implements ActionAnswers {

    /** The ids of the answers completed, in order. */
    public final List<String> completed = new CopyOnWriteArrayList<>();
    /** {@code <device> <code>} for each device whose agent was gone. */
    public final List<String> gone = new CopyOnWriteArrayList<>();

    @Override
    public boolean complete(String deviceId, AgentToRelay.ActionResult result) {
        completed.add(result.id());
        return true;
    }

    @Override
    public void agentGone(String deviceId, ErrorCode code, String message) {
        gone.add(deviceId + " " + code.wire());
    }
}
