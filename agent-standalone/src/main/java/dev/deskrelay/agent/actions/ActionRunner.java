package dev.deskrelay.agent.actions;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Logger;

import dev.deskrelay.agent.actions.notify.NotifyAction;
import dev.deskrelay.protocol.AgentToRelay.ActionResult;
import dev.deskrelay.protocol.RelayToAgent.Action;
import oshi.software.os.OperatingSystem;

/**
 * Runs actions one after another off the connection's thread: a beep takes a fifth of a second,
 * a process list half a second, and the connection must keep reading meanwhile.
 */
public final class ActionRunner {

    private static final Logger LOG = Logger.getLogger(ActionRunner.class.getName());

    private final ActionDispatcher dispatcher;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "deskrelay-actions");
        thread.setDaemon(true);
        return thread;
    });

    ActionRunner(ActionDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** @param terminal where the bell rings when there is no audio */
    public static ActionRunner withBuiltInActions(PrintStream terminal, OperatingSystem os, ActionPolicy policy) {
        return new ActionRunner(new ActionDispatcher(List.of(new BeepAction(new Tone(), terminal),
                NotifyAction.forThisMachine(), new ProcessesAction(os)), policy));
    }

    public Set<String> names() {
        return dispatcher.names();
    }

    public void run(Action action, Consumer<ActionResult> reply) {
        executor.execute(() -> {
            try {
                reply.accept(dispatcher.handle(action));
            } catch (RuntimeException e) {
                LOG.warning("cannot answer action " + action.id() + ": " + e.getMessage());
            }
        });
    }
}
