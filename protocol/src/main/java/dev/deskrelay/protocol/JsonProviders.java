package dev.deskrelay.protocol;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code Json.createParser} and {@code Json.createReader}
 * look it up on every call (a ServiceLoader scan under a class loader lock): per message, that was
 * most of the relay's CPU under load (docs/benchmarks.md).
 */
public final class JsonProviders {

    public static final JsonProvider SHARED = JsonProvider.provider();

    private JsonProviders() {
    }
}
