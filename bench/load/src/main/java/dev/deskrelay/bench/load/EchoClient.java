package dev.deskrelay.bench.load;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.PendingReplies;
import dev.deskrelay.bench.socket.TextSocket;
import dev.deskrelay.bench.wire.Incoming;
import dev.deskrelay.bench.wire.ViewerMessages;

/**
 * The floor: sends the same frame a viewer's beep is to the echo endpoint and reads it back with
 * the same parser, so that the generator's own work per round trip is the same on both sides of
 * the ratio and only the server's differs.
 */
public final class EchoClient extends Client {

    private static final String DEVICE = "d-echo0000bench000";

    private final PendingReplies echoes = new PendingReplies("e");
    private volatile boolean sending = true;

    public EchoClient(Measurements measurements) {
        super(measurements, "echo", Redial.off());
    }

    public int unanswered() {
        return echoes.waiting();
    }

    @Override
    void opened(TextSocket socket) {
        becameReady();
    }

    @Override
    void received(String text) {
        long now = BenchClock.micros();
        if (!(Incoming.parse(text) instanceof Incoming.Action echoed)) {
            unexpected("an echo of something never sent");
            return;
        }
        PendingReplies.Sent sent = echoes.answer(echoed.id());
        if (sent == null) {
            unexpected("an echo of something never sent");
            return;
        }
        measurements.count(Count.ECHOES_RECEIVED);
        if (sent.timed()) {
            measurements.echoRoundTrip.record(now - sent.micros());
        }
    }

    public void ping() {
        if (!sending || !isReady()) {
            return;
        }
        String id = echoes.open(BenchClock.micros(), measurements.holding());
        if (send(new ViewerMessages.Beep(id, DEVICE).json())) {
            measurements.count(Count.ECHOES_SENT, Count.ECHOES_SENT_HOLD);
        } else {
            echoes.withdraw(id);
        }
    }

    public void stop() {
        sending = false;
    }
}
