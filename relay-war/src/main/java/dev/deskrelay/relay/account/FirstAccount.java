package dev.deskrelay.relay.account;

import java.util.Optional;

import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.pairing.PairingCodeFormat;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The setup code and the administrator it creates. While no account exists, each starting node
 * adds a code (16 characters of the pairing alphabet, about 79 bits, typed from the console);
 * the first setup spends them all.
 */
@ApplicationScoped
@Transactional
public class FirstAccount {

    static final int CODE_LENGTH = 16;

    @PersistenceContext
    EntityManager em;
    @Inject
    Accounts accounts;

    /** @return a new code as people see it, empty when an account exists already */
    public Optional<String> newCode() {
        if (accounts.any()) {
            return Optional.empty();
        }
        String code = PairingCodeFormat.generate(CODE_LENGTH);
        em.persist(new SetupCode(Secrets.hash(code), System.currentTimeMillis()));
        return Optional.of(PairingCodeFormat.display(code));
    }

    /**
     * @throws ApiError {@code setup_done} once an account exists (also to the loser of two
     *     setups at once), {@code bad_setup_code}, or the account's own refusals
     */
    public Account setUp(String typedCode, String username, String password) {
        if (accounts.any()) {
            throw done();
        }
        String canonical = Optional.ofNullable(typedCode)
                .flatMap(code -> PairingCodeFormat.normalize(code, CODE_LENGTH)).orElse("");
        // The write lock makes two setups with one code at once take turns; the second then finds
        // the code gone and the account made. (With two nodes' codes at once, the deletion below
        // makes the database refuse one of the two.)
        if (em.find(SetupCode.class, Secrets.hash(canonical), LockModeType.PESSIMISTIC_WRITE) == null) {
            throw accounts.any() ? done()
                    : new ApiError(400, "bad_setup_code", "that is not the setup code the relay printed");
        }
        em.createQuery("DELETE FROM SetupCode c").executeUpdate();
        return accounts.create(username, password, true);
    }

    private static ApiError done() {
        return new ApiError(409, "setup_done", "the relay is set up already: sign in");
    }
}
