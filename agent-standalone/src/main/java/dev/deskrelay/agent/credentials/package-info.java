/**
 * The device credential the relay issued at enrollment, kept in a per-user JSON file that only its
 * owner can read.
 */
package dev.deskrelay.agent.credentials;
