package dev.deskrelay.relay.alerts.channels;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.deskrelay.relay.alerts.AlertNotice;
import dev.deskrelay.relay.alerts.Evidence;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * A notice as a mail: the headline as its subject, the text and an HTML version with the numbers
 * and the processes, and the chart of the evidence as {@code chart.png}, attached and shown in the
 * HTML by its Content-ID.
 */
final class MailMessage {

    static final String CHART_ID = "chart@deskrelay";

    private MailMessage() {
    }

    static MimeMessage of(Session session, AlertNotice notice, String to) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(); // the mail resource's from address (mail.from)
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(NoticeText.headline(notice), StandardCharsets.UTF_8.name());
        message.setSentDate(java.util.Date.from(Instant.ofEpochMilli(notice.at())));

        var text = new MimeBodyPart();
        text.setText(NoticeText.body(notice), StandardCharsets.UTF_8.name());
        var html = new MimeBodyPart();
        Evidence evidence = notice.evidence();
        html.setText(html(notice, evidence != null), StandardCharsets.UTF_8.name(), "html");
        var alternatives = new MimeMultipart("alternative", text, html);
        var body = new MimeBodyPart();
        body.setContent(alternatives);

        var mixed = new MimeMultipart("mixed", body);
        if (evidence != null) {
            var chart = new MimeBodyPart();
            chart.setDataHandler(new DataHandler(
                    new ByteArrayDataSource(EvidenceChart.png(evidence.points(), notice.threshold()), "image/png")));
            chart.setFileName("chart.png");
            chart.setDisposition(Part.ATTACHMENT);
            chart.setContentID("<" + CHART_ID + ">");
            mixed.addBodyPart(chart);
        }
        message.setContent(mixed);
        return message;
    }

    static String html(AlertNotice notice, boolean withChart) {
        var html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">");
        html.append("<h2>").append(escape(NoticeText.headline(notice))).append("</h2>");
        html.append("<p>").append(escape(NoticeText.body(notice).lines().skip(1).findFirst().orElse(""))).append("</p>");
        if (notice.value() != null) {
            html.append("<p>Value <b>").append(NoticeText.number(notice.value())).append(escape(NoticeText.unit(notice.unit())))
                    .append("</b>");
            if (notice.threshold() != null) {
                html.append(", threshold ").append(escape(notice.comparison())).append(' ')
                        .append(NoticeText.number(notice.threshold())).append(escape(NoticeText.unit(notice.unit())));
            }
            html.append("</p>");
        }
        if (withChart) {
            html.append("<p><img src=\"cid:").append(CHART_ID).append("\" alt=\"the last five minutes of ")
                    .append(escape(notice.metric())).append("\" width=\"").append(EvidenceChart.WIDTH).append("\" height=\"")
                    .append(EvidenceChart.HEIGHT).append("\"></p>");
        }
        Evidence evidence = notice.evidence();
        if (evidence != null && evidence.processes() != null) {
            html.append("<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">")
                    .append("<tr><th>Process</th><th>PID</th><th>CPU %</th><th>Memory (bytes)</th></tr>");
            for (Evidence.Process process : evidence.processes()) {
                html.append("<tr><td>").append(escape(process.name())).append("</td><td>").append(process.pid())
                        .append("</td><td>").append(NoticeText.number(process.cpu())).append("</td><td>")
                        .append(process.memory()).append("</td></tr>");
            }
            html.append("</table>");
        } else if (evidence != null && evidence.processesUnavailable() != null) {
            html.append("<p>No processes: ").append(escape(evidence.processesUnavailable())).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
