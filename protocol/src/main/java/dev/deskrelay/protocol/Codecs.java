package dev.deskrelay.protocol;

import jakarta.websocket.DecodeException;
import jakarta.websocket.Decoder;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;

/**
 * The agent's WebSocket encoder (what it sends) and decoder (what the relay sends it). A decoder
 * never declines in {@code willDecode}: Tyrus would drop the frame silently. It throws a
 * {@link DecodeException} whose cause is the {@link ProtocolViolation}, so the endpoint can
 * answer with its code ({@link ProtocolViolation#in}). The relay's own endpoints read the text
 * with {@link WireFormat} instead: a decoder's refusal of a fragmented message leaves Tyrus's
 * reassembly unfinished, and the next fragmented message would be appended to it.
 */
public final class Codecs {

    private Codecs() {
    }

    abstract static class MessageDecoder<T> implements Decoder.Text<T> {
        private final WireFormat<T> format;

        MessageDecoder(Class<T> direction) {
            this.format = new WireFormat<>(direction);
        }

        @Override
        public T decode(String text) throws DecodeException {
            try {
                return format.read(text);
            } catch (ProtocolViolation violation) {
                throw new DecodeException(text, violation.getMessage(), violation);
            }
        }

        @Override
        public boolean willDecode(String text) {
            return true;
        }
    }

    abstract static class MessageEncoder<T> implements Encoder.Text<T> {
        private final WireFormat<T> format;

        MessageEncoder(Class<T> direction) {
            this.format = new WireFormat<>(direction);
        }

        @Override
        public String encode(T message) throws EncodeException {
            try {
                return format.write(message);
            } catch (RuntimeException e) {
                throw new EncodeException(message, "cannot encode " + message.getClass().getSimpleName(), e);
            }
        }
    }

    public static final class AgentToRelayEncoder extends MessageEncoder<AgentToRelay> {
        public AgentToRelayEncoder() {
            super(AgentToRelay.class);
        }
    }

    public static final class RelayToAgentDecoder extends MessageDecoder<RelayToAgent> {
        public RelayToAgentDecoder() {
            super(RelayToAgent.class);
        }
    }
}
