package dev.deskrelay.relay.settings;

import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;

/**
 * Checks the settings before CDI has made a single bean, and stops the relay if one is wrong.
 * Failing the deployment is not enough: Payara Micro then goes on running with nothing deployed
 * and says it is ready, so a service manager would see a relay that answers 404. The process
 * exits with status {@value #EXIT_STATUS} after one line naming each bad setting.
 */
public class SettingsCheck implements Extension {

    /** As the agent's for a bad config file: a service manager should not restart it. */
    static final int EXIT_STATUS = 2;

    private static final long EXIT_WAIT_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    void beforeAnyBean(@Observes BeforeBeanDiscovery event) {
        Config config = ConfigProvider.getConfig(SettingsCheck.class.getClassLoader());
        List<String> problems = Settings.problems(name -> config.getOptionalValue(name, String.class));
        if (!problems.isEmpty()) {
            refuseToStart("a setting is wrong: " + String.join("; ", problems));
        }
    }

    /**
     * Stops the relay while it deploys, with one line saying why, as for a bad setting: for a guard
     * that could not start, which must not let the relay run without it.
     *
     * @throws IllegalStateException always, which fails the deployment should the exit take long
     */
    public static void refuseToStart(String why) {
        String message = "DeskRelay did not start, " + why;
        LOG.severe(message);
        exit();
        throw new IllegalStateException(message);
    }

    /*
     * Not on this thread, which is deploying: a shutdown hook waiting for the deployment would
     * never run. It waits a while all the same, so that Payara does not log "ready" meanwhile; if
     * the exit takes longer, the failed deployment still leaves nothing served.
     */
    private static void exit() {
        var exit = new Thread(() -> System.exit(EXIT_STATUS), "deskrelay-bad-settings");
        exit.start();
        try {
            exit.join(EXIT_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
