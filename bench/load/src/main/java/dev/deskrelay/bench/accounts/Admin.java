package dev.deskrelay.bench.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The relay administrator the benchmark invites its viewers as. The password comes from the
 * environment ({@link #PASSWORD_VARIABLE}) or a file, never from the command line, where every
 * user of the machine could read it; {@link #toString} leaves it out.
 */
public record Admin(String username, String password) {

    public static final String PASSWORD_VARIABLE = "DESKRELAY_BENCH_ADMIN_PASSWORD";
    /** The administrator of a relay the benchmark started and set up itself. */
    static final String BENCH_ADMIN = "bench-admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** For a throwaway relay: nobody signs in as it after the run, so nobody needs to know the password. */
    public static Admin generated() {
        return new Admin(BENCH_ADMIN, randomPassword());
    }

    /**
     * @param passwordFile the password's file (its first line), or null for the environment's {@link #PASSWORD_VARIABLE}
     */
    public static Admin given(String username, Path passwordFile, Map<String, String> environment) {
        if (username == null) {
            throw new IllegalArgumentException("the relay's viewers need accounts: give --admin-user and its password ("
                    + PASSWORD_VARIABLE + " or --admin-password-file)");
        }
        String password;
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the admin password file " + passwordFile, e);
            }
        } else {
            password = environment.getOrDefault(PASSWORD_VARIABLE, "");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("no password for --admin-user " + username + ": set " + PASSWORD_VARIABLE
                    + " or give --admin-password-file");
        }
        return new Admin(username, password);
    }

    /** 24 random bytes: 32 characters, within the relay's 10 to 256. */
    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Writes the password where only this user can read it, for processes started from here to read back. */
    public void writePassword(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Admin[" + username + "]";
    }
}
