package dev.deskrelay.agent.actions.notify;

/** One way of putting a notification in front of the person at the computer. */
interface Notifier {

    /** How the result names this way, e.g. {@code tray}. */
    String method();

    /** @return false when this way is not available here or did not work, so the next may be tried */
    boolean show(Notification notification);
}
