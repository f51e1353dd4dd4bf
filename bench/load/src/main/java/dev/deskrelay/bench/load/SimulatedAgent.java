package dev.deskrelay.bench.load;

import java.util.List;
import java.util.function.Consumer;

import dev.deskrelay.bench.measure.BenchClock;
import dev.deskrelay.bench.measure.Count;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.measure.SampleLog;
import dev.deskrelay.bench.socket.TextSocket;
import dev.deskrelay.bench.wire.AgentMessages;
import dev.deskrelay.bench.wire.Incoming;
import dev.deskrelay.bench.wire.SampleMaker;

/**
 * An agent as docs/protocol.md has it: enrolls, keeps its pairing code for a viewer to type,
 * reports system facts once per authentication, telemetry every period and filesystems every
 * tenth, and answers every action with a terminal-bell beep. Ready once it has its device id and
 * pairing code. Back on a new socket, it authenticates with the credential it was given, as the
 * real agent does; one that never got its credential enrolls again.
 */
public final class SimulatedAgent extends Client {

    private final int number;
    private final SampleMaker samples;
    /** Only a watched agent keeps its stamps: 20,000 agents' ten minutes would be 100 MB. */
    private final SampleLog log;
    private final int filesystemsEvery;
    /** Runs an action's answer: at once, or later (an agent slow to answer, so actions are in flight). */
    private final Consumer<Runnable> answering;
    private volatile Credential credential;
    private volatile String pairingCode;
    private volatile boolean reporting = true;
    private long reports;

    /**
     * @param watched          a viewer will watch it, so its samples are logged for the accounting
     * @param filesystemsEvery send filesystems with every n-th telemetry sample; 0 never
     */
    public SimulatedAgent(Measurements measurements, int number, boolean watched, int filesystemsEvery, Redial redial) {
        this(measurements, number, watched, filesystemsEvery, redial, Runnable::run);
    }

    /** @param answering runs each action's answer, at once or after a while */
    public SimulatedAgent(Measurements measurements, int number, boolean watched, int filesystemsEvery, Redial redial,
            Consumer<Runnable> answering) {
        super(measurements, "agent", redial);
        this.answering = answering;
        this.number = number;
        this.log = watched ? new SampleLog() : null;
        this.samples = new SampleMaker(number, number * 7919L);
        this.filesystemsEvery = filesystemsEvery;
    }

    public String name() {
        return "bench-agent-" + number;
    }

    public int number() {
        return number;
    }

    public String deviceId() {
        Credential known = credential;
        return known == null ? null : known.deviceId();
    }

    public String pairingCode() {
        return pairingCode;
    }

    /** @throws IllegalStateException for an agent nobody was to watch */
    public SampleLog log() {
        if (log == null) {
            throw new IllegalStateException(name() + " is not watched");
        }
        return log;
    }

    @Override
    void lost() {
        if (log != null) {
            log.end(BenchClock.micros());
        }
    }

    @Override
    void opened(TextSocket socket) {
        send(hello());
    }

    /** Enroll the first time; with a credential, authenticate, never enroll again. */
    String hello() {
        Credential known = credential;
        return known == null ? new AgentMessages.Enroll(name()).json()
                : new AgentMessages.Authenticate(known.deviceId(), known.secret()).json();
    }

    @Override
    void received(String text) {
        Incoming message = Incoming.parse(text);
        if (message instanceof Incoming.Enrolled enrolled) {
            if (credential != null) {
                unexpected("enrolled twice");
            }
            credential = new Credential(enrolled.deviceId(), enrolled.secret());
            sendSystemInfo();
        } else if (message instanceof Incoming.Authenticated authenticated) {
            authenticated(authenticated);
        } else if (message instanceof Incoming.PairingCode code) {
            if (credential == null) {
                unexpected("pairing code before enrolled");
            }
            pairingCode = code.code();
            if (!isHeld()) {
                up();
            }
        } else if (message instanceof Incoming.Action action) {
            measurements.count(Count.ACTIONS_AT_AGENTS);
            if (!"beep".equals(action.action())) {
                unexpected("an action that was never sent");
            }
            String result = new AgentMessages.BellResult(action.id()).json();
            // the relay that sent the action waits for its answer on this socket; another relay knows nothing of it
            TextSocket from = currentSocket();
            answering.accept(() -> sendOn(from, result));
        } else if (message instanceof Incoming.Error error) {
            unexpected("error " + error.code());
        } else {
            unexpected("unexpected " + type(message));
        }
    }

    private void authenticated(Incoming.Authenticated authenticated) {
        if (!authenticated.deviceIds().equals(List.of(deviceId()))) {
            unexpected("authenticated as another device");
        }
        sendSystemInfo();
        // dropped between enrolled and its pairing code: ask for the code it never got
        if (pairingCode == null) {
            send(new AgentMessages.RequestPairingCode().json());
        } else {
            up();
        }
    }

    private void sendSystemInfo() {
        send(new AgentMessages.SystemInfo(name(), SampleMaker.CORES, SampleMaker.MEMORY_TOTAL).json());
    }

    /** Ready on this socket: what it stamps from now on is owed to its viewers again. */
    private void up() {
        if (log != null) {
            log.resume(BenchClock.micros());
        }
        becameReady();
    }

    /** One period: a telemetry sample, and now and then the filesystems. */
    public void report() {
        if (!reporting || !isHeld()) {
            return;
        }
        long now = BenchClock.micros();
        long stamp = log == null ? now : log.next(now);
        if (send(samples.next(stamp).json())) {
            measurements.count(Count.TELEMETRY_SENT, Count.TELEMETRY_SENT_HOLD);
        } else if (log != null) {
            log.retract(stamp);
        }
        reports++;
        if (filesystemsEvery > 0 && reports % filesystemsEvery == 0) {
            send(new AgentMessages.Filesystems(52_613_349_376L + number, 105_089_261_568L).json());
        }
    }

    /** Stops reporting; actions are still answered, so none in flight is lost. */
    public void stopReporting() {
        reporting = false;
    }

    /** What {@code enrolled} gave: all an agent needs to come back as the same device. */
    private record Credential(String deviceId, String secret) {
    }

    static String type(Incoming message) {
        if (message instanceof Incoming.DeviceNotice notice) {
            return notice.type();
        }
        if (message instanceof Incoming.Other other) {
            return other.type();
        }
        return message.getClass().getSimpleName();
    }
}
