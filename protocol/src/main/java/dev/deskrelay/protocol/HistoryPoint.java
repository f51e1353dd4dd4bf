package dev.deskrelay.protocol;

import java.util.List;

/**
 * One past sample as charts need it, with the precision the relay keeps: percentages to a tenth,
 * network as the total of all interfaces. Fields other than {@code at} and {@code cpu} are absent
 * where the sample had none.
 *
 * @param at     when the relay received the sample, epoch milliseconds
 * @param memory used physical memory, percent
 * @param swap   used swap, percent
 * @param rx     bytes per second received, all interfaces together
 * @param tx     bytes per second sent, all interfaces together
 */
public record HistoryPoint(long at, double cpu, List<Double> cores, Double memory, Double swap, Double rx, Double tx) {
}
