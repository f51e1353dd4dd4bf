/**
 * Timers kept off Payara's managed scheduler, which is too dear per frame: Tyrus's per-frame idle
 * timers, and the plain scheduler a WAR can use for its own in-memory timers. Shared by every WAR
 * of the project that holds many sockets, the relay and the benchmark's echo floor, so the floor
 * pays what the relay pays.
 */
package dev.deskrelay.timers;
