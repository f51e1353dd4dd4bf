package dev.deskrelay.relay.limits;

import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The limits that are shared by all sockets, made from the relay's settings. */
@ApplicationScoped
public class Throttles {

    @Inject
    @ConfigProperty(name = "deskrelay.pairing-failures-per-address", defaultValue = "10")
    int pairingFailuresPerAddress;
    @Inject
    @ConfigProperty(name = "deskrelay.pairing-failures-relay-wide", defaultValue = "1000")
    int pairingFailuresRelayWide;
    @Inject
    @ConfigProperty(name = "deskrelay.pairing-failure-window-seconds", defaultValue = "600")
    long pairingFailureWindowSeconds;

    @Inject
    @ConfigProperty(name = "deskrelay.sign-in-failures-per-account", defaultValue = "5")
    int signInFailuresPerAccount;
    @Inject
    @ConfigProperty(name = "deskrelay.sign-in-failures-per-address", defaultValue = "20")
    int signInFailuresPerAddress;
    @Inject
    @ConfigProperty(name = "deskrelay.sign-in-failure-window-seconds", defaultValue = "900")
    long signInFailureWindowSeconds;

    @Produces
    @Singleton
    SignInThrottle signInThrottle() {
        return new SignInThrottle(signInFailuresPerAccount, signInFailuresPerAddress,
                Duration.ofSeconds(signInFailureWindowSeconds), System::nanoTime);
    }

    @Produces
    @Singleton
    PairingThrottle pairingThrottle() {
        return new PairingThrottle(pairingFailuresPerAddress, pairingFailuresRelayWide,
                Duration.ofSeconds(pairingFailureWindowSeconds), System::nanoTime);
    }
}
