package dev.deskrelay.relay;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

import dev.deskrelay.timers.PlainScheduler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The container's clock and schedulers as plain JDK types, so the classes using them test without one. */
@ApplicationScoped
public class Infrastructure {

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledExecutorService memoryTimers;

    @PostConstruct
    void start() {
        memoryTimers = PlainScheduler.named("deskrelay-memory-timers");
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    @Produces
    @MemoryTimers
    ScheduledExecutorService memoryTimers() {
        return memoryTimers;
    }

    @PreDestroy
    void stop() {
        memoryTimers.shutdownNow();
    }
}
