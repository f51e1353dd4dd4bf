package dev.deskrelay.timers;

import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.glassfish.tyrus.core.BaseContainer;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.websocket.server.ServerContainer;

/**
 * Gives the WebSocket container a plain scheduler for its sessions' idle timers. Tyrus restarts a
 * session's idle timer for every frame in and out, even when there is no idle timeout, on the
 * scheduler it found in JNDI: Payara's managed one, which captures the container context for each
 * task with a class path scan. That was 40 % of the relay's CPU under load (docs/benchmarks.md).
 * The relay sets no container idle timeout (its sweep keeps sockets honest), so the timers never
 * need that context. Tyrus has no setting for it, hence the field. Without Tyrus the relay still
 * works, only slower, so a failure here is a warning, not a failed deployment.
 */
@WebListener
public class IdleTimerScheduler implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(IdleTimerScheduler.class.getName());
    private static final String FIELD = "managedScheduledExecutorService";

    private final ScheduledExecutorService timers = new IdleTimers();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Object container = event.getServletContext().getAttribute(ServerContainer.class.getName());
        if (replace(container, timers)) {
            LOG.info("WebSocket idle timers run on a plain scheduler, not the managed one");
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        timers.shutdownNow();
    }

    /** Only sessions opened afterwards use it: each takes its container's scheduler when it opens. */
    static boolean replace(Object container, ScheduledExecutorService scheduler) {
        if (!(container instanceof BaseContainer)) {
            LOG.warning(() -> "WebSocket idle timers stay on the container's scheduler: the container is "
                    + (container == null ? "missing" : container.getClass().getName()) + ", not Tyrus");
            return false;
        }
        try {
            Field field = BaseContainer.class.getDeclaredField(FIELD);
            field.setAccessible(true);
            field.set(container, scheduler);
            return true;
        } catch (ReflectiveOperationException | RuntimeException unlike) {
            LOG.log(Level.WARNING, "WebSocket idle timers stay on the container's scheduler: this Tyrus differs", unlike);
            return false;
        }
    }
}
