package dev.deskrelay.relay.pairing;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class Devices {

    private static final int SEEN_BATCH = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PairingCodeStore codes;

    public EnrolledDevice enroll(String name) {
        String secret = Secrets.newSecret();
        var device = new Device(Secrets.newId("d-"), name.strip(), Secrets.hash(secret), clock.millis());
        em.persist(device);
        return new EnrolledDevice(device, secret);
    }

    public Optional<Device> authenticate(String deviceId, String secret) {
        return find(deviceId).filter(device -> device.hasSecret(secret));
    }

    public Optional<Device> find(String deviceId) {
        return Optional.ofNullable(em.find(Device.class, deviceId));
    }

    public List<Device> findAll(Collection<String> deviceIds) {
        if (deviceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Device d WHERE d.id IN :ids ORDER BY d.name", Device.class)
                .setParameter("ids", deviceIds)
                .getResultList();
    }

    /** Deletes the device, every grant on it and its pairing code; its secret stops working. */
    public void remove(String deviceId) {
        find(deviceId).ifPresent(em::remove);
        // grants are an element collection of each viewer: a bulk delete reaches them all at once
        em.createNativeQuery("DELETE FROM GRANTS WHERE DEVICE_ID = ?1").setParameter(1, deviceId).executeUpdate();
        codes.removeForDevice(deviceId);
    }

    public void seen(String deviceId, long at) {
        find(deviceId).ifPresent(device -> device.seenAt(at));
    }

    /** One statement per {@value #SEEN_BATCH} devices rather than a write per device. */
    public void seen(Collection<String> deviceIds, long at) {
        List<String> ids = List.copyOf(deviceIds);
        for (int from = 0; from < ids.size(); from += SEEN_BATCH) {
            em.createQuery("UPDATE Device d SET d.lastSeen = :at WHERE d.id IN :ids")
                    .setParameter("at", at)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SEEN_BATCH)))
                    .executeUpdate();
        }
    }
}
