package dev.deskrelay.agent.actions.notify;

import java.util.List;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.deskrelay.agent.actions.AgentAction;

/**
 * {@code notify}: shows a viewer's message on the computer, the best way this machine offers: the
 * system tray, else {@code notify-send}, else the log, so a machine without a desktop still answers.
 */
public final class NotifyAction implements AgentAction {

    private static final Logger LOG = Logger.getLogger(NotifyAction.class.getName());

    private final List<Notifier> desktop;

    /** @param desktop the ways to try, best first, before falling back to the log */
    NotifyAction(List<Notifier> desktop) {
        this.desktop = List.copyOf(desktop);
    }

    public static NotifyAction forThisMachine() {
        return new NotifyAction(List.of(new TrayNotifier(), NotifySend.onPath()));
    }

    @Override
    public String name() {
        return "notify";
    }

    @Override
    public JsonObject perform(JsonObject args) {
        Notification notification = Notification.from(args);
        String method = desktop.stream().filter(way -> way.show(notification)).map(Notifier::method).findFirst()
                .orElseGet(() -> logged(notification));
        return Json.createObjectBuilder().add("method", method).build();
    }

    private static String logged(Notification notification) {
        LOG.info("notification: " + notification.title() + (notification.hasBody() ? ": " + notification.body() : ""));
        return "log";
    }
}
