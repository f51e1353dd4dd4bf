/**
 * The agent's entry point: the command line ({@code run}, {@code status}, {@code pair},
 * {@code forget}), the settings it resolves from the options and the config file, and the
 * commands that wire the parts in the sub-packages together.
 */
package dev.deskrelay.agent;
