package dev.deskrelay.relay.sharing;

import dev.deskrelay.relay.access.Holdings;
import dev.deskrelay.relay.access.ShareLinks;
import dev.deskrelay.relay.account.AccountRemoved;
import dev.deskrelay.relay.revocation.Revocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * What a removed account held goes with it: its shares end, the links it made stop working, and
 * the devices nobody else owns are removed, their agents closed with 4004. A device left without
 * an owner could not be shared or removed by anyone but could still be watched by those it was
 * shared with; removing it is the one end that leaves nobody holding what nobody manages. Its
 * agent re-enrols when its person runs it again, and anyone with a new pairing code owns it anew.
 */
@ApplicationScoped
public class AccountRemoval {

    @Inject
    Holdings holdings;
    @Inject
    ShareLinks links;
    @Inject
    Revocations revocations;

    void removed(@Observes AccountRemoved removed) {
        links.madeBy(removed.accountId()).forEach(revocations::revokeLink);
        holdings.forgetAccount(removed.accountId())
                .forEach(deviceId -> revocations.removeDevice(deviceId, "removal of its only owner's account"));
    }
}
