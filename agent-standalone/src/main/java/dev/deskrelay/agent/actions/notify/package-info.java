/**
 * The {@code notify} action: a viewer's message shown in the system tray, by {@code notify-send},
 * or in the log, whichever this machine offers first.
 */
package dev.deskrelay.agent.actions.notify;
