package dev.deskrelay.bench.load;

import java.util.concurrent.TimeUnit;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.PendingReplies;
import dev.deskrelay.bench.measure.SampleLog;
import dev.deskrelay.bench.measure.Watch;
import dev.deskrelay.bench.socket.TextSocket;
import dev.deskrelay.bench.wire.PrototypeIncoming;
import dev.deskrelay.bench.wire.PrototypeMessages;

/**
 * A web client of the prototype's {@code /ws}, watching one desktop. The server never confirms
 * that it joined, and drops frames for a peer not yet there, so samples are owed to it from one
 * second after its authentication was sent.
 */
public final class PrototypeWeb extends Client implements Watcher {

    static final long JOIN_GRACE_MICROS = TimeUnit.SECONDS.toMicros(1);

    private final PrototypeDesktop desktop;
    private final boolean acting;
    private final Watch watch = new Watch();
    private final PendingReplies beeps = new PendingReplies("a");
    private volatile boolean acts = true;

    public PrototypeWeb(Measurements measurements, PrototypeDesktop desktop, boolean acting) {
        super(measurements, "web", Redial.off());
        this.desktop = desktop;
        this.acting = acting;
    }

    public PrototypeDesktop desktop() {
        return desktop;
    }

    @Override
    public SampleLog sourceLog() {
        return desktop().log();
    }

    @Override
    public Watch watch() {
        return watch;
    }

    @Override
    public int unanswered() {
        return beeps.waiting();
    }

    @Override
    void lost() {
        watch.end(BenchClock.micros());
    }

    @Override
    void opened(TextSocket socket) {
        if (send(new PrototypeMessages.Authentication(desktop.clientId(), "web").json())) {
            watch.start(BenchClock.micros() + JOIN_GRACE_MICROS);
            becameReady();
        }
    }

    @Override
    void received(String text) {
        long now = BenchClock.micros();
        PrototypeIncoming message = PrototypeIncoming.parse(text);
        if (message instanceof PrototypeIncoming.Cpu cpu) {
            if (!cpu.clientId().equals(desktop.clientId())) {
                unexpected("another desktop's telemetry");
            } else if (!watch.seen(cpu.stamp())) {
                unexpected("telemetry repeated or out of order");
            } else {
                measurements.count(Count.TELEMETRY_RECEIVED, Count.TELEMETRY_RECEIVED_HOLD);
                if (measurements.holding()) {
                    measurements.agentToViewer.record(now - cpu.stamp());
                }
            }
        } else if (message instanceof PrototypeIncoming.BeepResult result) {
            PendingReplies.Sent sent = beeps.answer(result.id());
            if (sent == null) {
                unexpected("beep result for no waiting beep");
            } else {
                measurements.count(Count.ACTION_RESULTS);
                if (sent.timed()) {
                    measurements.actionRoundTrip.record(now - sent.micros());
                }
            }
        } else {
            unexpected("unexpected frame");
        }
    }

    public void act() {
        if (!acting || !acts || !isReady()) {
            return;
        }
        String id = beeps.open(BenchClock.micros(), measurements.holding());
        if (send(new PrototypeMessages.Beep(id).json())) {
            measurements.count(Count.ACTIONS_SENT, Count.ACTIONS_SENT_HOLD);
        } else {
            beeps.withdraw(id);
        }
    }

    public void stopActing() {
        acts = false;
    }
}
