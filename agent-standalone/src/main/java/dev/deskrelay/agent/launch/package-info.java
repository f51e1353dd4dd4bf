/**
 * How the agent's JVM is started: a jar started with {@code java -jar} and the JVM's defaults
 * replaces itself with a JVM that has the installed launcher's options, so every way of running
 * the agent gets the same light footprint.
 */
package dev.deskrelay.agent.launch;
