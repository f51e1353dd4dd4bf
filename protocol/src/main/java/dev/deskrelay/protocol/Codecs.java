package dev.deskrelay.protocol;

import jakarta.websocket.DecodeException;
import jakarta.websocket.Decoder;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;

/**
 * WebSocket encoders and decoders, one per direction, for clients such as the agent. A decoder
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

    public static final class AgentToRelayDecoder extends MessageDecoder<AgentToRelay> {
        public AgentToRelayDecoder() {
            super(AgentToRelay.class);
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

    public static final class RelayToAgentEncoder extends MessageEncoder<RelayToAgent> {
        public RelayToAgentEncoder() {
            super(RelayToAgent.class);
        }
    }

    public static final class ViewerToRelayDecoder extends MessageDecoder<ViewerToRelay> {
        public ViewerToRelayDecoder() {
            super(ViewerToRelay.class);
        }
    }

    public static final class ViewerToRelayEncoder extends MessageEncoder<ViewerToRelay> {
        public ViewerToRelayEncoder() {
            super(ViewerToRelay.class);
        }
    }

    public static final class RelayToViewerDecoder extends MessageDecoder<RelayToViewer> {
        public RelayToViewerDecoder() {
            super(RelayToViewer.class);
        }
    }

    public static final class RelayToViewerEncoder extends MessageEncoder<RelayToViewer> {
        public RelayToViewerEncoder() {
            super(RelayToViewer.class);
        }
    }
}
