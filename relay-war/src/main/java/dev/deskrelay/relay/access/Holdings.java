package dev.deskrelay.relay.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Which account holds which device in which role. Pairing by code makes an owner (a code proves
 * someone at the computer gave it, so a second person pairing is an owner too); only owners share.
 */
@ApplicationScoped
@Transactional
public class Holdings {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<HoldingsChanged> changes;

    public Map<String, Role> rolesOf(String accountId) {
        return em.createQuery("SELECT h FROM Holding h WHERE h.accountId = :account", Holding.class)
                .setParameter("account", accountId)
                .getResultStream()
                .collect(Collectors.toMap(Holding::deviceId, Holding::role));
    }

    public Map<String, Role> holders(String deviceId) {
        return em.createQuery("SELECT h FROM Holding h WHERE h.deviceId = :device", Holding.class)
                .setParameter("device", deviceId)
                .getResultStream()
                .collect(Collectors.toMap(Holding::accountId, Holding::role));
    }

    public Optional<Role> roleOf(String accountId, String deviceId) {
        return find(accountId, deviceId).map(Holding::role);
    }

    /** The account becomes an owner of the device, whatever it held it as before. */
    public void pairOwner(String accountId, String deviceId) {
        hold(accountId, deviceId, Role.OWNER);
    }

    /** Shares the device in a role, or changes the role it is shared in; an owner stays an owner. */
    public void share(String deviceId, String accountId, Role role) {
        if (role == Role.OWNER) {
            throw new IllegalArgumentException("ownership comes from a pairing code, not from sharing");
        }
        hold(accountId, deviceId, role);
    }

    /** @return whether the account held the device */
    public boolean unshare(String deviceId, String accountId) {
        return find(accountId, deviceId).map(holding -> {
            em.remove(holding);
            changes.fire(new HoldingsChanged(deviceId));
            return true;
        }).orElse(false);
    }

    /**
     * The account gives the device up. When its last owner leaves, every share of it goes too:
     * nobody would be left to manage them, and a pairing code makes a new owner.
     *
     * @return every account that no longer holds the device
     */
    public List<String> leave(String accountId, String deviceId) {
        unshare(deviceId, accountId);
        var rest = holders(deviceId);
        if (rest.containsValue(Role.OWNER) || rest.isEmpty()) {
            return List.of(accountId);
        }
        forgetDevice(deviceId);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(accountId), rest.keySet().stream()).toList();
    }

    public void forgetDevice(String deviceId) {
        em.createQuery("DELETE FROM Holding h WHERE h.deviceId = :device").setParameter("device", deviceId)
                .executeUpdate();
        changes.fire(new HoldingsChanged(deviceId));
    }

    /**
     * Drops every hold of a removed account.
     *
     * @return the devices it owned and nobody else does, which its removal takes with it
     */
    public List<String> forgetAccount(String accountId) {
        var owned = rolesOf(accountId).entrySet().stream()
                .filter(entry -> entry.getValue() == Role.OWNER)
                .map(Map.Entry::getKey)
                .toList();
        em.createQuery("DELETE FROM Holding h WHERE h.accountId = :account").setParameter("account", accountId)
                .executeUpdate();
        changes.fire(new HoldingsChanged(null));
        return owned.stream().filter(deviceId -> !holders(deviceId).containsValue(Role.OWNER)).toList();
    }

    private void hold(String accountId, String deviceId, Role role) {
        long now = clock.millis();
        find(accountId, deviceId).ifPresentOrElse(holding -> {
            if (holding.role() != Role.OWNER) {
                holding.changeRole(role, now);
            }
        }, () -> {
            em.persist(new Holding(deviceId, accountId, role, now));
            changes.fire(new HoldingsChanged(deviceId));
        });
    }

    private Optional<Holding> find(String accountId, String deviceId) {
        return Optional.ofNullable(em.find(Holding.class, new Holding.Key(deviceId, accountId)));
    }
}
