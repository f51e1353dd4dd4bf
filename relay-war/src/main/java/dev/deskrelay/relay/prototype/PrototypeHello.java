package dev.deskrelay.relay.prototype;

import java.io.StringReader;
import java.util.NoSuchElementException;
import java.util.Optional;

import dev.deskrelay.protocol.JsonProviders;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

/** The prototype's first frame: {@code {"event":"authentication","client_id":"…","client_mode":"desktop"|"web"}}. */
record PrototypeHello(String clientId, Mode mode) {

    enum Mode {
        DESKTOP, WEB;

        Mode other() {
            return this == DESKTOP ? WEB : DESKTOP;
        }
    }

    static Optional<PrototypeHello> parse(String text) {
        return parseObject(text)
                .filter(object -> "authentication".equals(object.getString("event", null)))
                .flatMap(object -> {
                    String clientId = object.getString("client_id", "");
                    Mode mode = switch (object.getString("client_mode", "")) {
                        case "desktop" -> Mode.DESKTOP;
                        case "web" -> Mode.WEB;
                        default -> null;
                    };
                    boolean valid = mode != null && !clientId.isBlank() && clientId.length() <= 128;
                    return valid ? Optional.of(new PrototypeHello(clientId, mode)) : Optional.empty();
                });
    }

    /**
     * One JSON value and nothing after it, as the prototype's server accepted. Its events are
     * checked and dropped: the frame is forwarded as text, so building its objects (a map, and a
     * BigDecimal per number) would be waste.
     */
    static boolean isJson(String text) {
        try (var parser = JsonProviders.SHARED.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                return false;
            }
            do {
                parser.next();
            } while (parser.hasNext());
            return true;
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            return false;
        }
    }

    private static Optional<JsonObject> parseObject(String text) {
        try (var reader = JsonProviders.SHARED.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
