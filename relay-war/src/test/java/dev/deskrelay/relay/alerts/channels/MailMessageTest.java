package dev.deskrelay.relay.alerts.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

class MailMessageTest {

    @Test
    void carriesTheHeadlineTextHtmlAndTheChart() throws MessagingException, IOException {
        var properties = new Properties();
        properties.setProperty("mail.from", "relay@example.com");
        MimeMessage message = MailMessage.of(Session.getInstance(properties), Notices.cpuFiring(), "ops@example.com");
        message.saveChanges();

        assertEquals("[warning] CPU busy on pc: cpu 97.5 % (above 90)", message.getSubject());
        assertEquals("relay@example.com", message.getFrom()[0].toString());
        var mixed = (MimeMultipart) message.getContent();
        var alternatives = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertTrue(alternatives.getBodyPart(0).isMimeType("text/plain"));
        String html = (String) alternatives.getBodyPart(1).getContent();
        assertTrue(html.contains("<td>java</td><td>42</td><td>88</td>"), html);
        assertTrue(html.contains("cid:" + MailMessage.CHART_ID), html);
        BodyPart chart = mixed.getBodyPart(1);
        assertTrue(chart.isMimeType("image/png"));
        assertEquals("chart.png", chart.getFileName());
        assertEquals(Part.ATTACHMENT, chart.getDisposition());
    }

    @Test
    void aResolvedAlertHasNoChart() throws MessagingException, IOException {
        var n = Notices.cpuFiring();
        var resolved = new dev.deskrelay.relay.alerts.AlertNotice("resolved", n.alertId(), n.accountId(), null,
                n.ruleName(), n.severity(), n.deviceId(), n.deviceName(), n.metric(), n.comparison(), n.threshold(),
                42.0, n.unit(), n.at(), null);
        MimeMessage message = MailMessage.of(Session.getInstance(new Properties()), resolved, "ops@example.com");
        message.saveChanges();

        assertEquals("[resolved] CPU busy on pc: cpu 42 % (above 90)", message.getSubject());
        assertEquals(1, ((MimeMultipart) message.getContent()).getCount());
    }
}
