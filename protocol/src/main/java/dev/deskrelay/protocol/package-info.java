/**
 * The wire protocol between relay, agents and viewers: one sealed interface per direction whose
 * records are the messages, the error and close codes every party can rely on, and the JSON-B
 * codecs the WebSocket endpoints use. docs/protocol.md describes the same messages for people.
 */
package dev.deskrelay.protocol;
