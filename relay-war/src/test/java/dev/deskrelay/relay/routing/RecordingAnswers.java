package dev.deskrelay.relay.routing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.deskrelay.protocol.AgentToRelay;
import dev.deskrelay.protocol.ErrorCode;

/** Pending actions that remember the answers that reached them, and take every one, for tests of routing. */
public final class RecordingAnswers implements ActionAnswers {

    /** The ids of the answers completed, in order. */
    public final List<String> completed = new CopyOnWriteArrayList<>();

    @Override
    public boolean complete(String deviceId, AgentToRelay.ActionResult result) {
        completed.add(result.id());
        return true;
    }

    /** Only a cluster's router tells of an agent gone elsewhere; these tests have none. */
    @Override
    public void agentGone(String deviceId, ErrorCode code, String message) {
    }
}
