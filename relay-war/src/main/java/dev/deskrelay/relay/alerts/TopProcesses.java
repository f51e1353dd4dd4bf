package dev.deskrelay.relay.alerts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.logging.Logger;

import dev.deskrelay.protocol.ErrorCode;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.protocol.ViewerToRelay;
import dev.deskrelay.protocol.WireFormat;
import dev.deskrelay.relay.actions.PendingActions;
import dev.deskrelay.relay.routing.Peer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;

/**
 * Asks a device's agent for its busiest processes the way a viewer does, so the action gets the
 * same single answer whatever happens (the agent's, or the relay's {@code device_offline},
 * {@code timeout}, {@code relay_lost}); this stands in for the viewer's socket and takes that answer.
 */
final class TopProcesses implements Peer {

    /** Every question shares one "socket" id, so the relay remembers one bounded list of action ids for all. */
    static final String PEER_ID = "relay-alerts";
    static final int LIMIT = 10;
    private static final WireFormat<RelayToViewer> TO_VIEWERS = new WireFormat<>(RelayToViewer.class);
    /** Why there are no processes, by the action's error code: plain sentences for the page and the notifications. */
    private static final Map<String, String> REASONS = Map.of(
            ErrorCode.ACTION_DISABLED.wire(), "the agent has the processes action turned off",
            ErrorCode.DEVICE_OFFLINE.wire(), "the agent is offline",
            ErrorCode.TIMEOUT.wire(), "the agent did not answer in time",
            ErrorCode.RELAY_LOST.wire(), "the relay holding the agent's connection was lost",
            ErrorCode.RELAY_STOPPING.wire(), "the relay was stopping",
            ErrorCode.UNKNOWN_ACTION.wire(), "the agent is too old to list its processes");
    private static final Logger LOG = Logger.getLogger(TopProcesses.class.getName());
    private static final String NO_LIST = "the agent's answer had no list of processes";
    private static final JsonObject ARGS = Json.createObjectBuilder().add("limit", LIMIT).build();

    private final CompletableFuture<Found> answer = new CompletableFuture<>();
    private final Clock clock;

    private TopProcesses(Clock clock) {
        this.clock = clock;
    }

    /**
     * Completes, never exceptionally, when the action is answered: on the thread that answers it,
     * often one routing an agent's messages.
     *
     * @param actionId unique among the questions this relay asks
     */
    static CompletionStage<Found> ask(PendingActions actions, Clock clock, String deviceId, String actionId) {
        var question = new TopProcesses(clock);
        try {
            actions.submit(question, new ViewerToRelay.Action(actionId, deviceId, "processes", ARGS));
        } catch (RuntimeException e) {
            // the grid failing under a cluster's router, say: the alert still gets its evidence
            LOG.warning(() -> "could not ask device " + deviceId + " for its processes: " + e);
            question.answer.complete(Found.unavailable("the relay could not ask the agent"));
        }
        return question.answer;
    }

    /**
     * What the agent said.
     *
     * @param at          when it answered, or null
     * @param processes   busiest first, or null when {@code unavailable} says why not
     */
    record Found(Long at, List<Evidence.Process> processes, String unavailable) {

        static Found unavailable(String why) {
            return new Found(null, null, why);
        }
    }

    @Override
    public String id() {
        return PEER_ID;
    }

    @Override
    public void send(String text) {
        try {
            answer.complete(found((RelayToViewer.ActionResult) TO_VIEWERS.read(text)));
        } catch (RuntimeException e) {
            // a row without a number where the protocol has one
            answer.complete(Found.unavailable(NO_LIST));
        }
    }

    @Override
    public void sendLatest(String key, String text) {
        send(text);
    }

    @Override
    public void sendAnswer(String text) {
        send(text);
    }

    /** Nothing to close: no socket behind it. */
    @Override
    public void close(CloseReason reason) {
    }

    private Found found(RelayToViewer.ActionResult result) {
        if (!result.ok()) {
            return Found.unavailable(why(result.code()));
        }
        JsonValue list = result.data() == null ? null : result.data().get("processes");
        if (!(list instanceof JsonArray rows)) {
            return Found.unavailable(NO_LIST);
        }
        List<Evidence.Process> processes = new ArrayList<>(rows.size());
        for (JsonValue row : rows) {
            JsonObject process = row.asJsonObject();
            processes.add(new Evidence.Process(process.getString("name", ""),
                    process.getJsonNumber("pid").longValue(), process.getJsonNumber("cpu").doubleValue(),
                    process.getJsonNumber("memory").longValue()));
        }
        return new Found(clock.millis(), processes, null);
    }

    /** A plain sentence for the page and the notifications. */
    private static String why(String code) {
        return code == null ? "the agent could not list its processes"
                : REASONS.getOrDefault(code, "the agent could not list its processes (" + code + ")");
    }
}
