package dev.deskrelay.relay;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The container's clock and scheduler as plain JDK types, so the classes using them test without one. */
@ApplicationScoped
public class Infrastructure {

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    ScheduledExecutorService scheduler() {
        return scheduler;
    }
}
