/**
 * A run's figures: {@link dev.deskrelay.bench.report.RunResult} holds them, and they are written
 * as a markdown table for people and as JSON for comparing runs.
 */
package dev.deskrelay.bench.report;
