package dev.deskrelay.relay.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Audit events as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, its quotes doubled. A field a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return that some strip first) gets a leading
 * {@code '}: an agent's name or an action's arguments are anyone's text, and must not become a
 * formula in the reader's spreadsheet.
 */
final class AuditCsv {

    static final String HEADER = "id,at,account,actor,device,kind,detail,outcome,address";
    private static final Set<Character> FORMULA_STARTS = Set.of('=', '+', '-', '@', '\t', '\r');

    private AuditCsv() {
    }

    static void write(List<AuditEvent> events, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (AuditEvent event : events) {
            out.write(String.join(",", String.valueOf(event.id()), Instant.ofEpochMilli(event.at()).toString(),
                    field(event.accountId()), field(event.actor()), field(event.deviceId()), field(event.kind()),
                    field(event.detail()), field(event.outcome()), field(event.address())));
            out.write("\r\n");
        }
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String guarded = FORMULA_STARTS.contains(value.charAt(0)) ? "'" + value : value;
        if (guarded.indexOf(',') < 0 && guarded.indexOf('"') < 0 && guarded.indexOf('\n') < 0 && guarded.indexOf('\r') < 0) {
            return guarded;
        }
        return '"' + guarded.replace("\"", "\"\"") + '"';
    }
}
