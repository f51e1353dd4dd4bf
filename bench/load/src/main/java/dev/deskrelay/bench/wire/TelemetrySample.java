package dev.deskrelay.bench.wire;

import java.util.List;

/**
 * One {@code telemetry} message with every field a real 8-core Linux machine reports. Two fields
 * carry the benchmark's bookkeeping, in ranges a real machine could report: {@code uptime} is the
 * sample's send time ({@link dev.deskrelay.bench.measure.BenchClock} microseconds), and
 * {@code memory.used} is a realistic base plus the agent's number, so a viewer can check that a
 * sample came from its own device's agent and not only that the relay labelled it so.
 */
public record TelemetrySample(double cpu, List<Double> cores, List<Double> load, long memoryUsed, long memoryTotal,
        long swapUsed, long swapTotal, List<InterfaceRate> network, long uptime) {

    public record InterfaceRate(String name, double rx, double tx) {
    }

    public String json() {
        var out = new StringBuilder(512).append("{\"type\":\"telemetry\",\"sample\":{\"cpu\":").append(JsonText.number(cpu));
        out.append(",\"cores\":");
        numbers(out, cores);
        out.append(",\"load\":");
        numbers(out, load);
        out.append(",\"memory\":{\"used\":").append(memoryUsed).append(",\"total\":").append(memoryTotal).append('}');
        out.append(",\"swap\":{\"used\":").append(swapUsed).append(",\"total\":").append(swapTotal).append('}');
        out.append(",\"network\":[");
        for (int i = 0; i < network.size(); i++) {
            InterfaceRate rate = network.get(i);
            out.append(i == 0 ? "" : ",").append("{\"name\":").append(JsonText.quote(rate.name()))
                    .append(",\"rx\":").append(JsonText.number(rate.rx()))
                    .append(",\"tx\":").append(JsonText.number(rate.tx())).append('}');
        }
        return out.append("],\"uptime\":").append(uptime).append("}}").toString();
    }

    private static void numbers(StringBuilder out, List<Double> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(JsonText.number(values.get(i)));
        }
        out.append(']');
    }
}
