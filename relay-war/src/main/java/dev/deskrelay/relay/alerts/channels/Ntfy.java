package dev.deskrelay.relay.alerts.channels;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.deskrelay.relay.alerts.AlertNotice;

/**
 * An ntfy message (https://docs.ntfy.sh/publish/): the text as the body, the headline as its
 * title, and a priority and tag from the severity, so a phone rings for a critical alert and
 * shows a resolved one quietly.
 */
record Ntfy(String title, int priority, String tags, String body) {

    static Ntfy of(AlertNotice notice) {
        boolean resolved = "resolved".equals(notice.kind());
        int priority = resolved ? 2 : switch (notice.severity()) {
            case "critical" -> 5;
            case "warning" -> 4;
            default -> 3;
        };
        String tags = resolved ? "white_check_mark" : switch (notice.severity()) {
            case "critical" -> "rotating_light";
            case "warning" -> "warning";
            default -> "information_source";
        };
        return new Ntfy(NoticeText.headline(notice), priority, tags, NoticeText.body(notice));
    }

    /** A header value: HTTP carries ASCII, so a title with other characters goes RFC 2047 encoded, which ntfy reads. */
    String titleHeader() {
        if (title.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return title;
        }
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(title.getBytes(StandardCharsets.UTF_8)) + "?=";
    }
}
