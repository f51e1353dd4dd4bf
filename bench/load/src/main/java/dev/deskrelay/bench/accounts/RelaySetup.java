package dev.deskrelay.bench.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fresh relay's first step: its administrator, made with the one-time setup code the relay
 * wrote to {@code <data dir>/setup-code} once it was ready (docs/operations.md).
 */
public final class RelaySetup {

    /** Where a relay writes its setup code, under the directory it keeps its data in. */
    public static final String SETUP_CODE_FILE = "setup-code";

    private RelaySetup() {
    }

    /** A throwaway relay the benchmark started: set up with an administrator of its own making. */
    public static Admin setUpFresh(URI base, Path setupCodeFile) {
        Admin admin = Admin.generated();
        setUp(base, setupCodeFile, admin);
        return admin;
    }

    /** @param base the relay's HTTP or WebSocket base on loopback */
    public static void setUp(URI base, Path setupCodeFile, Admin admin) {
        String code;
        try {
            code = Files.readString(setupCodeFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("no setup code at " + setupCodeFile + " (was the relay set up already?)", e);
        }
        new RelayApi(client(), RelayApi.httpBase(base)).setUp(code, admin);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
