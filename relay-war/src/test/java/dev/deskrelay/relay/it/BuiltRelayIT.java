package dev.deskrelay.relay.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tests against the WAR exactly as the build made it, with its default settings. */
@ExtendWith(ArquillianExtension.class)
abstract class BuiltRelayIT {

    @Deployment(testable = false)
    static WebArchive relay() {
        return RelayWar.asBuilt();
    }

    @ArquillianResource
    URL base;
}
