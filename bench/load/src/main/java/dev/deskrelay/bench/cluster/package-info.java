/**
 * The load over a cluster of relay nodes: {@code ClusterMain} starts PostgreSQL, the nodes and
 * several generator processes, signals them to hold together, watches the nodes (CPU, traffic
 * between them), may kill one mid-hold, and merges what every process measured into one report.
 */
package dev.deskrelay.bench.cluster;
