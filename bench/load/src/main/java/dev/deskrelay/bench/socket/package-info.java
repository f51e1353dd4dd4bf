/**
 * Thousands of WebSocket clients in one JVM: the JDK's {@code java.net.http.WebSocket} on one
 * shared {@code HttpClient} (asynchronous, no thread per socket), spread over several loopback
 * destination addresses, and never pointed anywhere but loopback.
 */
package dev.deskrelay.bench.socket;
