package dev.deskrelay.relay.alerts;

import java.time.Clock;
import java.util.List;

import dev.deskrelay.relay.access.Holdings;
import dev.deskrelay.relay.account.Account;
import dev.deskrelay.relay.account.Accounts;
import dev.deskrelay.relay.api.ApiError;
import dev.deskrelay.relay.audit.Audited;
import dev.deskrelay.relay.pairing.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** An account's rules: kept in ALERT_RULES, each change audited and announced ({@link RulesChanged}). */
@ApplicationScoped
@Transactional
public class Rules {

    @PersistenceContext
    EntityManager em;
    @Inject
    Holdings holdings;
    @Inject
    Accounts accounts;
    @Inject
    Clock clock;
    @Inject
    AlertStore alerts;
    @Inject
    Event<RulesChanged> changes;
    @Inject
    Event<Audited> audit;

    /** Who does it and from where, for the audit log. */
    public record Actor(String accountId, String name, String address) {
    }

    /** The signed-in caller as the audit log and an acknowledgement name it. */
    public Actor actor(String accountId, String address) {
        return new Actor(accountId, accounts.byId(accountId).map(Account::username).orElse(accountId), address);
    }

    public List<AlertRule> of(String accountId) {
        return em.createQuery("SELECT r FROM AlertRule r WHERE r.accountId = :account ORDER BY r.createdAt, r.id",
                AlertRule.class).setParameter("account", accountId).getResultList();
    }

    /**
     * Every rule that applies to the device: its own and the every-device rules of the accounts
     * holding it. A device rule of an account that no longer holds the device no longer applies.
     */
    public List<AlertRule> applyingTo(String deviceId) {
        return em.createQuery("SELECT r FROM AlertRule r WHERE (r.deviceId = :device OR r.deviceId IS NULL)"
                + " AND r.accountId IN (SELECT h.accountId FROM Holding h WHERE h.deviceId = :device) ORDER BY r.id",
                AlertRule.class).setParameter("device", deviceId).getResultList();
    }

    public AlertRule create(Actor actor, RuleDefinition asked) {
        RuleDefinition definition = held(actor, RuleCheck.checked(asked));
        var rule = new AlertRule(Secrets.newId("r-"), actor.accountId(), definition, clock.millis());
        em.persist(rule);
        changed(actor, "alert_rule_add", rule, List.of());
        return rule;
    }

    public AlertRule change(Actor actor, String ruleId, RuleDefinition asked) {
        RuleDefinition definition = held(actor, RuleCheck.checked(asked));
        AlertRule rule = find(actor, ruleId);
        rule.define(definition);
        changed(actor, "alert_rule_change", rule, alerts.startOver(ruleId, actor.name(), clock.millis()));
        return rule;
    }

    public void remove(Actor actor, String ruleId) {
        AlertRule rule = find(actor, ruleId);
        em.remove(rule);
        changed(actor, "alert_rule_remove", rule, alerts.startOver(ruleId, actor.name(), clock.millis()));
    }

    private RuleDefinition held(Actor actor, RuleDefinition definition) {
        if (definition.deviceId() != null && holdings.roleOf(actor.accountId(), definition.deviceId()).isEmpty()) {
            throw new ApiError(404, "unknown_device", "you hold no such computer");
        }
        return definition;
    }

    private AlertRule find(Actor actor, String ruleId) {
        AlertRule rule = ruleId == null ? null : em.find(AlertRule.class, ruleId);
        if (rule == null || !rule.accountId().equals(actor.accountId())) {
            throw new ApiError(404, "unknown_rule", "your account has no such rule");
        }
        return rule;
    }

    private void changed(Actor actor, String kind, AlertRule rule, List<Alert> resolved) {
        changes.fire(new RulesChanged(actor.accountId(), resolved));
        audit.fire(new Audited(kind, actor.accountId(), actor.name(), rule.deviceId(), rule.name(), "ok",
                actor.address()));
    }
}
