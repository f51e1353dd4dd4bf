package dev.deskrelay.bench.relay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks another JVM on this machine, through {@code jcmd}, for its live heap and for a JFR profile. */
public final class JvmProbe {

    private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final long pid;

    public JvmProbe(long pid) {
        this.pid = pid;
    }

    /**
     * The heap in use after a full collection ({@code GC.run} is {@code System.gc()}, a full
     * collection under G1), in KiB: what the process's live objects take, garbage excluded.
     */
    public long liveHeapKiB() {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in jcmd GC.heap_info:\n" + info);
        }
        return Long.parseLong(used.group(1));
    }

    /**
     * The classes taking the most live heap ({@code GC.class_histogram}, which collects first), as
     * markdown rows: where the memory per connection goes.
     */
    public List<String> heapHistogram(int top) {
        var rows = new ArrayList<String>();
        rows.add("| live heap by class (after a full GC) | instances | MiB |");
        rows.add("|---|---:|---:|");
        String[] lines = jcmd("GC.class_histogram").split("\\n");
        for (String line : lines) {
            // "   1:        123456       7890123  java.lang.String (java.base@17)"
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4 && fields[0].matches("\\d+:") && rows.size() < top + 2) {
                rows.add("| `" + fields[3] + "` | " + fields[1] + " | "
                        + String.format(java.util.Locale.ROOT, "%.1f", Long.parseLong(fields[2]) / 1048576.0) + " |");
            }
        }
        return rows;
    }

    /** Starts a JFR recording with the "default" settings: method samples every 20 ms, throttled allocation samples, little overhead. */
    public void startRecording(String name) {
        jcmd("JFR.start", "name=" + name, "settings=default");
    }

    public void stopRecording(String name, Path file) {
        jcmd("JFR.stop", "name=" + name, "filename=" + file.toAbsolutePath());
    }

    private String jcmd(String... command) {
        var line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
