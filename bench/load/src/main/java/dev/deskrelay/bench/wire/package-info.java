/**
 * The messages of docs/protocol.md as the generator speaks them: records that write their own
 * JSON text (the generator sends tens of thousands a second on two shared cores, so no binding
 * library), and {@link dev.deskrelay.bench.wire.Incoming}, which reads what the relay sends with
 * JSON-P. The generator deliberately shares no code with the relay: it checks the documented wire,
 * not the relay's own reading of it.
 */
package dev.deskrelay.bench.wire;
