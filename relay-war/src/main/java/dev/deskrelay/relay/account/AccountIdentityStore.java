package dev.deskrelay.relay.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks a user name and password against the accounts table with PBKDF2. The caller's name is the
 * account id, not the user name: the id is what grants and routing know an account by.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;
    @Inject
    Passwords passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential typed)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = typed.getPasswordAsString();
        var account = accounts.byUsername(typed.getCaller());
        if (account.isEmpty()) {
            passwords.matchNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return passwords.matches(password, account.get().passwordHash())
                ? new CredentialValidationResult(account.get().id())
                : CredentialValidationResult.INVALID_RESULT;
    }

    // it knows no groups: what an account may do is kept per device, not as container roles
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }
}
