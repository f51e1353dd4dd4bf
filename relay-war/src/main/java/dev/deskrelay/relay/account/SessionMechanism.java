package dev.deskrelay.relay.account;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who a request comes from, for every request (the API's, the page's, a socket's handshake): the
 * account of a live session cookie, or nobody. A sign-in ({@code SecurityContext.authenticate}
 * with a user name and password) is checked by the identity stores ({@link AccountIdentityStore})
 * and starts a session. The container's caller name is the account id. Nothing is protected by
 * the container itself: each API call and socket decides what its caller may do, so a request
 * without a session goes on as nobody.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identities;
    @Inject
    Sessions sessions;
    @Inject
    SessionCookies cookies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, response, context);
        }
        return cookies.of(request).flatMap(sessions::accountOf)
                .map(account -> context.notifyContainerAboutLogin(account, Set.of()))
                .orElseGet(context::doNothing);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        CredentialValidationResult result = identities.validate(context.getAuthParameters().getCredential());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // the caller answers: the container must not write an error page of its own
            return AuthenticationStatus.SEND_FAILURE;
        }
        String secret = sessions.start(result.getCallerPrincipal().getName());
        response.addHeader("Set-Cookie", cookies.set(request, secret));
        return context.notifyContainerAboutLogin(result);
    }
}
