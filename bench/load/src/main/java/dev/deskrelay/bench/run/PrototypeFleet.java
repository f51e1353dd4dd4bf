package dev.deskrelay.bench.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import dev.deskrelay.bench.load.Clockwork;
import dev.deskrelay.bench.load.PrototypeDesktop;
import dev.deskrelay.bench.load.PrototypeWeb;
import dev.deskrelay.bench.load.Ramp;
import dev.deskrelay.bench.load.Wheel;
import dev.deskrelay.bench.measure.Measurements;
import dev.deskrelay.bench.socket.Sockets;
import dev.deskrelay.bench.socket.Targets;

/**
 * The prototype's {@code /ws}: desktops sending their cpu each period, web clients watching one
 * desktop each (by client id), a share of them beeping. Client ids carry a fresh run id, so runs
 * against the same server never meet.
 */
final class PrototypeFleet implements Fleet {

    private final Measurements measurements;
    private final Sockets sockets;
    private final Targets targets;
    private final Duration connectTimeout;
    private final List<PrototypeDesktop> desktops = new ArrayList<>();
    private final List<PrototypeWeb> webs = new ArrayList<>();
    private final Wheel telemetry;
    private final Wheel actions;

    PrototypeFleet(RunSetup setup, Clockwork clockwork) {
        var options = setup.options();
        this.measurements = setup.measurements();
        this.sockets = setup.sockets();
        this.targets = setup.targets();
        this.connectTimeout = options.connectTimeout();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int number = 0; number < options.agents(); number++) {
            desktops.add(new PrototypeDesktop(measurements, "bench-" + run + "-" + number));
        }
        for (int index = 0; index < options.viewers(); index++) {
            webs.add(new PrototypeWeb(measurements, desktops.get(Spread.watched(index, options.viewers(), options.agents())),
                    Spread.acts(index, options.actingShare())));
        }
        telemetry = new Wheel(options.telemetryPeriod(), Clockwork.TICK, setup::generatorFailed);
        actions = new Wheel(options.actionPeriod(), Clockwork.TICK, setup::generatorFailed);
        clockwork.start(telemetry);
        clockwork.start(actions);
    }

    @Override
    public Connected connect(Ramp ramp, Duration limit) {
        Ramp.Outcome desktopsRamp = ramp.run(desktops.size(), number -> {
            PrototypeDesktop desktop = desktops.get(number);
            return desktop.connect(sockets, targets.endpoint(number, "ws"), connectTimeout)
                    .thenRun(() -> telemetry.add(desktop::report));
        }, limit);
        Duration left = limit.minus(desktopsRamp.took());
        Ramp.Outcome websRamp = ramp.run(webs.size(), index -> {
            PrototypeWeb web = webs.get(index);
            return web.connect(sockets, targets.endpoint(desktops.size() + index, "ws"), connectTimeout)
                    .thenRun(() -> actions.add(web::act));
        }, left.isNegative() ? Duration.ZERO : left);
        return new Connected(desktopsRamp, websRamp);
    }

    @Override
    public int held() {
        return sourcesHeld() + (int) webs.stream().filter(PrototypeWeb::isHeld).count();
    }

    @Override
    public int sourcesHeld() {
        return (int) desktops.stream().filter(PrototypeDesktop::isHeld).count();
    }

    @Override
    public void stopSending() {
        webs.forEach(PrototypeWeb::stopActing);
        desktops.forEach(PrototypeDesktop::stopReporting);
    }

    @Override
    public boolean settled() {
        return webs.stream().allMatch(web -> web.unanswered() == 0 && web.watch().caughtUp(web.desktop().log()));
    }

    @Override
    public Account account() {
        return Fleets.account(desktops, webs, held());
    }

    @Override
    public CompletableFuture<Void> close(Duration patience) {
        return Fleets.close(desktops, webs, patience);
    }
}
