/**
 * The per-user config file: the settings the person at the computer chose and the device
 * credential the relay issued, in one JSON file that only its owner can read.
 */
package dev.deskrelay.agent.config;
