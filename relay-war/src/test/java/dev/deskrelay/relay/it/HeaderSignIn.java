package dev.deskrelay.relay.it;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * TEST ONLY, never in the relay as built: signs in, as its caller, whatever account id a request
 * names in {@value #HEADER}, so an IT can read the API as any account without the sign-in the
 * relay's own mechanism does. An IT adds it to its deployment; as an alternative with a priority
 * it takes the place of the relay's mechanism there.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class HeaderSignIn implements HttpAuthenticationMechanism {

    static final String HEADER = "X-Test-Account";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String account = request.getHeader(HEADER);
        return account == null ? context.doNothing() : context.notifyContainerAboutLogin(account, Set.of());
    }
}
