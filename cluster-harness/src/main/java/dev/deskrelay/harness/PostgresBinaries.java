package dev.deskrelay.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where PostgreSQL's programs are: Debian puts each version's under /usr/lib/postgresql/N/bin,
 * not on the PATH; the highest version is taken. Looked up only when a server is started, so
 * that code which merely mentions the server runs on a machine without PostgreSQL.
 */
final class PostgresBinaries {

    static final Path INSTALLED = Path.of("/usr/lib/postgresql");

    private PostgresBinaries() {
    }

    static Path find(Path installed) {
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.filter(version -> version.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .filter(Files::isDirectory)
                    .orElseThrow(() -> missing(installed));
        } catch (IOException e) {
            throw missing(installed);
        }
    }

    private static IllegalStateException missing(Path installed) {
        return new IllegalStateException("PostgreSQL is not installed (no " + installed + "/N/bin): apt-get install postgresql");
    }
}
