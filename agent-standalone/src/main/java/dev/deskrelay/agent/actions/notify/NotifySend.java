package dev.deskrelay.agent.actions.notify;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The desktop's own notifications through {@code notify-send}. It runs that one program, found on
 * the PATH, with the text as separate arguments after {@code --}: no shell ever sees the text,
 * and a title starting with {@code -} is not taken for an option.
 */
final class NotifySend implements Notifier {

    private static final Logger LOG = Logger.getLogger(NotifySend.class.getName());
    private static final String PROGRAM = "notify-send";
    private static final long SHOWN_MILLIS = 5_000;
    // without a desktop session to talk to, notify-send can hang instead of failing
    private static final long PATIENCE_SECONDS = 5;

    private final String searchPath;

    /** @param searchPath directories as in the PATH variable */
    NotifySend(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    static NotifySend onPath() {
        return new NotifySend(System.getenv("PATH"));
    }

    @Override
    public String method() {
        return PROGRAM;
    }

    @Override
    public boolean show(Notification notification) {
        Optional<Path> program = find();
        if (program.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of(program.get().toString(),
                "--app-name=DeskRelay", "--expire-time=" + SHOWN_MILLIS, "--", notification.title()));
        if (notification.hasBody()) {
            command.add(notification.body());
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.fine(PROGRAM + " did not finish in time");
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            LOG.fine(() -> "cannot run " + PROGRAM + ": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<Path> find() {
        return Arrays.stream(searchPath.split(File.pathSeparator)).filter(directory -> !directory.isBlank())
                .map(NotifySend::candidate).flatMap(Optional::stream).filter(Files::isExecutable).findFirst();
    }

    private static Optional<Path> candidate(String directory) {
        try {
            return Optional.of(Path.of(directory, PROGRAM));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
