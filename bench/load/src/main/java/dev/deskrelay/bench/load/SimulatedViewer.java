package dev.deskrelay.bench.load;

import java.util.List;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.PendingReplies;
import dev.deskrelay.bench.measure.SampleLog;
import dev.deskrelay.bench.measure.Watch;
import dev.deskrelay.bench.socket.TextSocket;
import dev.deskrelay.bench.wire.Incoming;
import dev.deskrelay.bench.wire.ViewerMessages;

/**
 * A viewer that pairs with one agent's code and watches it: every message must be about that
 * device (and a sample must carry that agent's tag), telemetry must come after {@code paired},
 * never twice and never out of order, and each action it sends must get exactly one successful
 * result. An acting viewer sends a beep every action period. It is an account of its own, as a
 * program watching the relay is: every socket first authenticates with its API token; on the
 * first, which finds the account holding nothing, it then pairs, and on every later one the
 * account holds its device. One that lost its socket before {@code paired} stays away, as the
 * page does (its code may already be spent, and a person would have to type a new one).
 */
public final class SimulatedViewer extends Client implements Watcher {

    private final SimulatedAgent agent;
    private final boolean acting;
    private final Watch watch = new Watch();
    private final PendingReplies actions = new PendingReplies("a");
    private final String token;
    private volatile boolean paired;
    private volatile boolean acts = true;

    /** @param token its account's API token */
    public SimulatedViewer(Measurements measurements, SimulatedAgent agent, boolean acting, String token, Redial redial) {
        super(measurements, "viewer", redial);
        this.agent = agent;
        this.acting = acting;
        this.token = token;
    }

    public SimulatedAgent agent() {
        return agent;
    }

    public boolean acting() {
        return acting;
    }

    @Override
    public SampleLog sourceLog() {
        return agent().log();
    }

    @Override
    public Watch watch() {
        return watch;
    }

    @Override
    public int unanswered() {
        return actions.waiting();
    }

    @Override
    void lost() {
        watch.end(BenchClock.micros());
        measurements.count(Count.ACTIONS_LOST_WITH_SOCKET, actions.abandonAll());
    }

    @Override
    boolean canResume() {
        return paired;
    }

    @Override
    void opened(TextSocket socket) {
        send(hello());
    }

    /** Every socket authenticates first: pairing needs an account. */
    String hello() {
        return new ViewerMessages.Authenticate(token).json();
    }

    @Override
    void received(String text) {
        long now = BenchClock.micros();
        Incoming message = Incoming.parse(text);
        if (message instanceof Incoming.Paired pairing) {
            if (!pairing.deviceId().equals(agent.deviceId())) {
                unexpected("paired with another device");
            }
            paired = true;
            watching(now);
        } else if (message instanceof Incoming.Authenticated authenticated) {
            if (authenticated.deviceIds().isEmpty() && !paired) {
                send(new ViewerMessages.Pair(agent.pairingCode()).json());
                return;
            }
            if (!authenticated.deviceIds().equals(List.of(agent.deviceId()))) {
                unexpected("authenticated with other devices");
            }
            watching(now);
        } else if (message instanceof Incoming.Telemetry telemetry) {
            telemetry(telemetry, now);
        } else if (message instanceof Incoming.ActionResult result) {
            result(result, now);
        } else if (message instanceof Incoming.DeviceNotice notice) {
            if (!notice.deviceId().equals(agent.deviceId())) {
                unexpected("another device's " + notice.type());
            }
        } else if (message instanceof Incoming.Error error) {
            unexpected("error " + error.code());
        } else {
            unexpected("unexpected " + SimulatedAgent.type(message));
        }
    }

    /** The relay's answer came before anything about the device: from now on its samples are owed. */
    private void watching(long now) {
        watch.start(now);
        becameReady();
    }

    private void telemetry(Incoming.Telemetry telemetry, long now) {
        if (!watch.watching()) {
            unexpected("telemetry before paired");
        }
        if (!telemetry.deviceId().equals(agent.deviceId()) || telemetry.agent() != agent.number()) {
            unexpected("another device's telemetry");
            return;
        }
        if (!watch.seen(telemetry.stamp())) {
            unexpected("telemetry repeated or out of order");
            return;
        }
        measurements.count(Count.TELEMETRY_RECEIVED, Count.TELEMETRY_RECEIVED_HOLD);
        if (measurements.holding()) {
            measurements.agentToViewer(now - telemetry.stamp(), node(), agent.node());
            measurements.relayToViewer.record((System.currentTimeMillis() - telemetry.at()) * 1000);
        }
    }

    private void result(Incoming.ActionResult result, long now) {
        PendingReplies.Sent sent = actions.answer(result.id());
        if (sent == null) {
            unexpected("action result for no waiting action");
        } else if (!agent.deviceId().equals(result.deviceId())) {
            unexpected("another device's action result");
        } else if (!result.ok()) {
            unexpected("action failed " + result.code());
        } else if (!"bell".equals(result.method())) {
            unexpected("action result not from the agent");
        } else {
            measurements.count(Count.ACTION_RESULTS);
            if (sent.timed()) {
                measurements.actionRoundTrip(now - sent.micros(), node(), agent.node());
            }
        }
    }

    /** One action period: a beep, if this viewer acts and is connected. */
    public void act() {
        if (!acting || !acts || !isHeld()) {
            return;
        }
        String id = actions.open(BenchClock.micros(), measurements.holding());
        if (send(new ViewerMessages.Beep(id, agent.deviceId()).json())) {
            measurements.count(Count.ACTIONS_SENT, Count.ACTIONS_SENT_HOLD);
        } else {
            actions.withdraw(id);
        }
    }

    public void stopActing() {
        acts = false;
    }
}
