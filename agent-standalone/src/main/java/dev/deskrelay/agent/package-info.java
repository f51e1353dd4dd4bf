/**
 * The agent's entry point: reads the command line, sets up logging and wires the parts in the
 * sub-packages into one process that stays connected to the relay until it is stopped.
 */
package dev.deskrelay.agent;
