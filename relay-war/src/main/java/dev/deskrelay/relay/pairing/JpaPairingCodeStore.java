package dev.deskrelay.relay.pairing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaPairingCodeStore implements PairingCodeStore {

    @PersistenceContext
    EntityManager em;

    @Override
    public void save(PairingCode code) {
        em.persist(code);
    }

    @Override
    public Optional<PairingCode> take(String codeHash) {
        // the write lock makes two browsers typing the same code at once get one grant, not two
        PairingCode code = em.find(PairingCode.class, codeHash, LockModeType.PESSIMISTIC_WRITE);
        if (code != null) {
            em.remove(code);
        }
        return Optional.ofNullable(code);
    }

    @Override
    public void removeForDevice(String deviceId) {
        em.createQuery("DELETE FROM PairingCode c WHERE c.deviceId = :device")
                .setParameter("device", deviceId)
                .executeUpdate();
    }

    @Override
    public void removeExpired(long now) {
        em.createQuery("DELETE FROM PairingCode c WHERE c.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
