package dev.deskrelay.agent.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

class ProcessesActionTest {

    @Test
    void answersTheTenBusiestByDefaultBusiestFirst() {
        // pid i uses (i % 7) / 4 of a core: unsorted, with ties
        List<OSProcess> processes = IntStream.rangeClosed(1, 30)
                .mapToObj(pid -> process("p" + pid, pid, (pid % 7) / 4.0, pid * 1000L)).toList();

        List<JsonObject> answer = processes(new ProcessesAction(system(processes)), JsonValue.EMPTY_JSON_OBJECT);

        assertEquals(ProcessesAction.DEFAULT_LIMIT, answer.size());
        assertEquals(List.of(150.0, 150.0, 150.0, 150.0, 125.0, 125.0, 125.0, 125.0, 100.0, 100.0),
                answer.stream().map(process -> process.getJsonNumber("cpu").doubleValue()).toList());
    }

    @Test
    void eachProcessHasItsNamePidCpuAndMemory() {
        ProcessesAction action = new ProcessesAction(system(List.of(
                process("idle", 0, 8.0, 0), process("java", 1234, 1.25, 123_456_789L), process("sh", 7, 0.0, 4096))));

        List<JsonObject> answer = processes(action, limit(50));

        // the Windows idle process (pid 0) is left out: its "usage" is every idle core
        assertEquals(List.of(entry("java", 1234, 125.0, 123_456_789L), entry("sh", 7, 0.0, 4096)), answer);
    }

    @Test
    void acceptsLimitsFromOneToFifty() {
        List<OSProcess> processes = IntStream.rangeClosed(1, 60).mapToObj(pid -> process("p", pid, 0.1, 1)).toList();
        ProcessesAction action = new ProcessesAction(system(processes));

        assertEquals(1, processes(action, limit(1)).size());
        assertEquals(ProcessesAction.MAX_LIMIT, processes(action, limit(50)).size());
        assertEquals(ProcessesAction.DEFAULT_LIMIT,
                processes(action, Json.createObjectBuilder().addNull("limit").build()).size());
    }

    @Test
    void refusesAnyOtherLimitNamingIt() {
        ProcessesAction action = new ProcessesAction(system(List.of()));

        for (JsonObject args : List.of(limit(0), limit(51), limit(-3),
                Json.createObjectBuilder().add("limit", "x").build(),
                Json.createObjectBuilder().add("limit", 2.5).build(),
                Json.createObjectBuilder().add("limit", true).build(),
                Json.createObjectBuilder().add("limit", new BigInteger("18446744073709551621")).build())) {
            IllegalArgumentException refusal =
                    assertThrows(IllegalArgumentException.class, () -> action.perform(args), args.toString());
            assertTrue(refusal.getMessage().contains("limit"), refusal.getMessage());
        }
    }

    @Test
    void measuresTheProcessesOfThisMachine() {
        Thread busy = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Math.sqrt(Math.random());
            }
        });
        busy.start();
        try {
            List<JsonObject> answer = processes(new ProcessesAction(new SystemInfo().getOperatingSystem()), limit(50));

            assertTrue(!answer.isEmpty() && answer.size() <= 50, answer.toString());
            for (JsonObject process : answer) {
                assertTrue(process.getInt("pid") > 0, process.toString());
                assertTrue(process.getJsonNumber("cpu").doubleValue() >= 0, process.toString());
                assertTrue(process.getJsonNumber("memory").longValue() >= 0, process.toString());
            }
            List<Double> cpu = answer.stream().map(process -> process.getJsonNumber("cpu").doubleValue()).toList();
            assertEquals(cpu.stream().sorted((a, b) -> Double.compare(b, a)).toList(), cpu);
            // a busy thread makes this JVM one of the busiest
            assertTrue(answer.stream().anyMatch(process -> process.getInt("pid") == ProcessHandle.current().pid()),
                    answer.toString());
        } finally {
            busy.interrupt();
        }
    }

    private static List<JsonObject> processes(ProcessesAction action, JsonObject args) {
        return action.perform(args).getJsonArray("processes").getValuesAs(JsonObject.class);
    }

    private static JsonObject entry(String name, int pid, double cpu, long memory) {
        return Json.createObjectBuilder().add("name", name).add("pid", pid).add("cpu", cpu).add("memory", memory).build();
    }

    private static JsonObject limit(int limit) {
        return Json.createObjectBuilder().add("limit", limit).build();
    }

    /** An operating system whose process list is always the same processes. */
    private static OperatingSystem system(List<OSProcess> processes) {
        return fake(OperatingSystem.class, (method, args) -> {
            if (method.equals("getProcesses") && args == null) {
                return processes;
            }
            throw new UnsupportedOperationException(method);
        });
    }

    /**
     * A process using {@code cores} cores, but only when measured against its own earlier
     * snapshot: anything else gives NaN, which the action shows as 0, so a missing pairing shows.
     */
    private static OSProcess process(String name, int pid, double cores, long resident) {
        return fake(OSProcess.class, (method, args) -> switch (method) {
            case "getName" -> name;
            case "getProcessID" -> pid;
            case "getResidentMemory" -> resident;
            case "getProcessCpuLoadBetweenTicks" ->
                    args[0] instanceof OSProcess before && before.getProcessID() == pid ? cores : Double.NaN;
            default -> throw new UnsupportedOperationException(method);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, BiFunction<String, Object[], Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answers.apply(method.getName(), args));
    }
}
