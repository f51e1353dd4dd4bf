package dev.deskrelay.relay.viewer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.relay.access.Holdings;
import dev.deskrelay.relay.access.Role;
import dev.deskrelay.relay.access.ShareLinks;
import dev.deskrelay.relay.access.ViewerAccess;
import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.account.ApiTokens;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.pairing.BrowserGrants;
import dev.deskrelay.relay.pairing.PairingCodes;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.presence.DevicePresence;
import dev.deskrelay.relay.revocation.Revocations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** The container's beans and settings as a viewer's conversation uses them. */
@ApplicationScoped
public class ViewerRelayBeans implements ViewerRelay {

    @Inject
    ApiTokens apiTokens;
    @Inject
    ShareLinks links;
    @Inject
    Viewers browsers;
    @Inject
    Holdings holdings;
    @Inject
    Accounts accounts;
    @Inject
    PairingCodes pairingCodes;
    @Inject
    DevicePresence presence;
    @Inject
    Revocations revocations;
    @Inject
    Event<Audited> audit;
    @Inject
    @ConfigProperty(name = "deskrelay.max-viewers-per-device", defaultValue = "20")
    int maxViewersPerDevice;

    @Override
    public Optional<ViewerAccess> authenticate(String token) {
        if (token.startsWith("t-")) {
            return apiTokens.accountOfToken(token).map(this::account);
        }
        if (token.startsWith("l-")) {
            return links.open(token);
        }
        return browsers.authenticate(token).map(ViewerRelayBeans::browser);
    }

    /** A browser from before accounts was the owner of everything it paired. */
    private static ViewerAccess browser(BrowserGrants grants) {
        return new ViewerAccess(grants.viewerId(), ViewerAccess.Kind.BROWSER, "browser " + grants.viewerId(),
                grants.deviceIds().stream().collect(Collectors.toMap(deviceId -> deviceId, deviceId -> Role.OWNER)));
    }

    @Override
    public ViewerAccess account(String accountId) {
        return new ViewerAccess(accountId, ViewerAccess.Kind.ACCOUNT, accounts.byId(accountId).map(Account::username).orElse(accountId),
                holdings.rolesOf(accountId));
    }

    @Override
    public String redeem(String code) {
        return pairingCodes.redeem(code);
    }

    @Override
    public ViewerAccess pair(ViewerAccess viewer, String deviceId) {
        if (viewer.kind() == ViewerAccess.Kind.BROWSER) {
            return browser(browsers.grant(viewer.viewerId(), deviceId));
        }
        holdings.pairOwner(viewer.viewerId(), deviceId);
        return account(viewer.viewerId());
    }

    @Override
    public List<DeviceSummary> summaries(Collection<String> deviceIds) {
        return presence.summaries(deviceIds);
    }

    @Override
    public void unpair(ViewerAccess viewer, String deviceId) {
        revocations.unpair(viewer, deviceId);
    }

    @Override
    public void revoke(String viewerId) {
        revocations.revoke(viewerId);
    }

    @Override
    public int maxViewersPerDevice() {
        return maxViewersPerDevice;
    }

    @Override
    public void record(Audited event) {
        audit.fire(event);
    }
}
