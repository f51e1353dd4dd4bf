package dev.deskrelay.bench.load;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.SampleLog;
import dev.deskrelay.bench.socket.TextSocket;
import dev.deskrelay.bench.wire.PrototypeIncoming;
import dev.deskrelay.bench.wire.PrototypeMessages;

/**
 * A desktop client of the prototype's {@code /ws}: authenticates with its client id, sends its
 * cpu every period and answers every beep. The server says nothing back, so it is ready as soon
 * as its authentication is sent.
 */
public final class PrototypeDesktop extends Client {

    private final String clientId;
    private final SampleLog log = new SampleLog();
    private volatile boolean reporting = true;
    private double cpu = 20;

    public PrototypeDesktop(Measurements measurements, String clientId) {
        super(measurements, "desktop", Redial.off());
        this.clientId = clientId;
    }

    public String clientId() {
        return clientId;
    }

    public SampleLog log() {
        return log;
    }

    @Override
    void lost() {
        log.end(BenchClock.micros());
    }

    @Override
    void opened(TextSocket socket) {
        if (send(new PrototypeMessages.Authentication(clientId, "desktop").json())) {
            becameReady();
        }
    }

    @Override
    void received(String text) {
        if (PrototypeIncoming.parse(text) instanceof PrototypeIncoming.Beep beep) {
            measurements.count(Count.ACTIONS_AT_AGENTS);
            send(new PrototypeMessages.BeepResult(beep.id()).json());
        } else {
            unexpected("unexpected frame");
        }
    }

    public void report() {
        if (!reporting || !isReady()) {
            return;
        }
        cpu = Math.max(0, Math.min(100, cpu + (Math.random() - 0.5) * 8));
        long stamp = log.next(BenchClock.micros());
        if (send(new PrototypeMessages.Cpu(Math.round(cpu * 10) / 10.0, stamp, clientId).json())) {
            measurements.count(Count.TELEMETRY_SENT, Count.TELEMETRY_SENT_HOLD);
        } else {
            log.retract(stamp);
        }
    }

    public void stopReporting() {
        reporting = false;
    }
}
