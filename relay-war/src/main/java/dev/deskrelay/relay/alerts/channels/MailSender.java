package dev.deskrelay.relay.alerts.channels;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import jakarta.mail.Transport;

/**
 * Sends e-mail through the Payara mail resource {@value #RESOURCE} (payara-config/, settings
 * DESKRELAY_SMTP_*): host, port, TLS, user and password are the operator's settings there, never
 * the relay's code or log. Without a host set the resource still exists (Payara keeps the unset
 * setting's placeholder), and an e-mail channel fails with {@link MailNotConfigured} in its status.
 */
@ApplicationScoped
public class MailSender {

    static final String RESOURCE = "mail/deskrelay";

    /** Looked up on every try, on the queue's (managed) thread, so a resource added later counts. */
    DeliveryQueue.Send send(Delivery delivery) {
        return () -> {
            Session session = session();
            Transport.send(MailMessage.of(session, delivery.notice(), delivery.target()));
        };
    }

    private static Session session() throws MailNotConfigured {
        Session session;
        try {
            session = InitialContext.doLookup(RESOURCE);
        } catch (NamingException e) {
            throw new MailNotConfigured("the relay has no mail resource " + RESOURCE);
        }
        String host = session.getProperty("mail.smtp.host");
        if (host == null) {
            host = session.getProperty("mail.host");
        }
        if (host == null || host.isBlank() || host.startsWith("${")) {
            throw new MailNotConfigured("no SMTP server is set");
        }
        return session;
    }

    /** The operator has not given the relay an SMTP server. */
    static final class MailNotConfigured extends Exception {

        MailNotConfigured(String what) {
            super(what + ": give the relay DESKRELAY_SMTP_HOST and the other DESKRELAY_SMTP_* settings (docs/operations.md)",
                    null, false, false);
        }
    }
}
