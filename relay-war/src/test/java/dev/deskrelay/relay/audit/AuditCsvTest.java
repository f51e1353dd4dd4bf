package dev.deskrelay.relay.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void aHeaderRowThenOneRowPerEventWithCrlfAndAnIsoTime() throws IOException {
        var out = new StringWriter();
        AuditCsv.write(List.of(Events.withId(7), Events.withId(3,
                new Audited("sign_in", null, "bob", null, null, "bad_credentials", "198.51.100.1"))), out);
        assertEquals("id,at,account,actor,device,kind,detail,outcome,address\r\n"
                + "7,2023-11-14T22:13:20.007Z,a-1,ann,d-1,action,beep,ok,192.0.2.7\r\n"
                + "3,2023-11-14T22:13:20.003Z,,bob,,sign_in,,bad_credentials,198.51.100.1\r\n", out.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain              | plain",
            "a,b                | `\"a,b\"`",
            "say \"hi\"         | `\"say \"\"hi\"\"\"`",
            "=SUM(A1:A9)        | '=SUM(A1:A9)",
            "+1                 | '+1",
            "-2                 | '-2",
            "@cmd               | '@cmd",
            "=HYPERLINK(\"x\",1) | `\"'=HYPERLINK(\"\"x\"\",1)\"`",
            "a=b                | a=b",
    })
    void fieldsAreQuotedWhenTheyMustBeAndFormulasDisarmed(String value, String expected) {
        assertEquals(expected, AuditCsv.field(value));
    }

    @Test
    void lineBreaksStayInsideOneQuotedField() {
        assertEquals("\"one\ntwo\"", AuditCsv.field("one\ntwo"));
        assertEquals("\"one\r\ntwo\"", AuditCsv.field("one\r\ntwo"));
        assertEquals("\"'\rcarriage\"", AuditCsv.field("\rcarriage"));
        assertEquals("'\ttab", AuditCsv.field("\ttab"));
    }

    @Test
    void nothingIsAnEmptyField() {
        assertEquals("", AuditCsv.field(null));
        assertEquals("", AuditCsv.field(""));
    }
}
