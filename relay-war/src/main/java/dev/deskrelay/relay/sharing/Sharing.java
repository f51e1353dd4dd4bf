package dev.deskrelay.relay.sharing;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import dev.deskrelay.protocol.DeviceSummary;
import dev.deskrelay.protocol.RelayToViewer;
import dev.deskrelay.relay.access.Holdings;
import dev.deskrelay.relay.access.Role;
import dev.deskrelay.relay.access.ShareLink;
import dev.deskrelay.relay.access.ShareLinks;
import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.pairing.Viewers;
import dev.deskrelay.relay.presence.DevicePresence;
import dev.deskrelay.relay.revocation.Revocations;
import dev.deskrelay.relay.routing.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The rules of sharing, for the API to call: only an owner shares, links or sees who else holds a
 * device; a person who doesn't hold it is told it is unknown, so ids can't be probed.
 */
@ApplicationScoped
public class Sharing {

    @Inject
    Holdings holdings;
    @Inject
    Accounts accounts;
    @Inject
    ShareLinks links;
    @Inject
    Viewers browsers;
    @Inject
    DevicePresence presence;
    @Inject
    Revocations revocations;
    @Inject
    Router router;
    @Inject
    Event<Audited> audit;

    public List<Share> shares(String caller, String deviceId) {
        requireOwner(caller, deviceId);
        return holdings.holders(deviceId).entrySet().stream()
                .map(holder -> new Share(holder.getKey(), nameOf(holder.getKey()), holder.getValue().wireName()))
                .sorted(Comparator.comparing(Share::username))
                .toList();
    }

    public void share(String caller, String deviceId, String username, String roleName, String address) {
        requireOwner(caller, deviceId);
        Role role = parseRole(roleName);
        String accountId = accountNamed(username);
        if (accountId.equals(caller)) {
            throw new ApiError(400, "own_device", "you hold this computer already");
        }
        if (holdings.roleOf(accountId, deviceId).filter(Role.OWNER::equals).isPresent()) {
            throw new ApiError(409, "already_owner", "that person paired this computer too and owns it");
        }
        holdings.share(deviceId, accountId, role);
        router.share(accountId, new RelayToViewer.Shared(summary(deviceId, role)));
        record(caller, "share", deviceId, "with " + nameOf(accountId) + " as " + role.wireName(), address);
    }

    public void unshare(String caller, String deviceId, String username, String address) {
        requireOwner(caller, deviceId);
        String accountId = accountNamed(username);
        if (holdings.roleOf(accountId, deviceId).filter(Role.OWNER::equals).isPresent()) {
            throw new ApiError(409, "already_owner", "an owner gives a computer up themselves");
        }
        revocations.unshare(deviceId, accountId);
        record(caller, "unshare", deviceId, "from " + nameOf(accountId), address);
    }

    /** An owner removes the device for everyone: its agent is closed with 4004 and its credential stops working. */
    public void removeDevice(String caller, String deviceId) {
        requireOwner(caller, deviceId);
        revocations.removeDevice(deviceId, nameOf(caller));
    }

    public ShareLinks.IssuedLink createLink(String caller, String deviceId, Duration validFor, String address) {
        requireOwner(caller, deviceId);
        if (validFor.compareTo(ShareLinks.SHORTEST) < 0 || validFor.compareTo(ShareLinks.LONGEST) > 0) {
            throw new ApiError(400, "bad_duration", "a link is valid for 1 to 168 hours");
        }
        var issued = links.create(deviceId, caller, validFor);
        record(caller, "link_created", deviceId, issued.link().id() + " for " + validFor.toHours() + " h", address);
        return issued;
    }

    public List<ShareLink> links(String caller, String deviceId) {
        requireOwner(caller, deviceId);
        return links.of(deviceId);
    }

    public void revokeLink(String caller, String deviceId, String linkId, String address) {
        requireOwner(caller, deviceId);
        links.find(linkId).filter(link -> link.deviceId().equals(deviceId))
                .orElseThrow(() -> new ApiError(404, "unknown_link", "this computer has no such link"));
        revocations.revokeLink(linkId);
        record(caller, "link_revoked", deviceId, linkId, address);
    }

    /**
     * What a browser paired before accounts becomes the account's, as its owner; the browser's
     * token then stops working. The account's open pages gain the devices at once.
     *
     * @return how many devices moved
     */
    public int moveBrowser(String caller, String token, String address) {
        var browser = browsers.authenticate(token)
                .orElseThrow(() -> new ApiError(400, "bad_token", "that browser token is unknown or was revoked"));
        var deviceIds = browser.deviceIds();
        deviceIds.forEach(deviceId -> holdings.pairOwner(caller, deviceId));
        revocations.revoke(browser.viewerId());
        deviceIds.forEach(deviceId ->
                router.share(caller, new RelayToViewer.Shared(summary(deviceId, Role.OWNER))));
        record(caller, "devices_moved", null, deviceIds.size() + " from " + browser.viewerId(), address);
        return deviceIds.size();
    }

    /** The user name, or the id itself for an account removed meanwhile. */
    public String nameOf(String accountId) {
        return accounts.byId(accountId).map(Account::username).orElse(accountId);
    }

    private String accountNamed(String username) {
        return accounts.byUsername(username).map(Account::id)
                .orElseThrow(() -> new ApiError(404, "unknown_account", "there is no account with that user name"));
    }

    private DeviceSummary summary(String deviceId, Role role) {
        return presence.summaries(List.of(deviceId)).get(0).withRole(role.wireName());
    }

    private void requireOwner(String caller, String deviceId) {
        Role role = holdings.roleOf(caller, deviceId)
                .orElseThrow(() -> new ApiError(404, "unknown_device", "you hold no such computer"));
        if (role != Role.OWNER) {
            throw new ApiError(403, "not_allowed", "only an owner of this computer may do that");
        }
    }

    private static Role parseRole(String name) {
        if (!"viewer".equals(name) && !"operator".equals(name)) {
            throw new ApiError(400, "bad_role", "role must be viewer or operator");
        }
        return Role.ofWireName(name);
    }

    private void record(String caller, String kind, String deviceId, String detail, String address) {
        audit.fire(new Audited(kind, caller, nameOf(caller), deviceId, detail, "ok", address));
    }

    /** One holder of a device, as its owner sees them. */
    public record Share(String accountId, String username, String role) {
    }
}
