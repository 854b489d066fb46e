package io.tradekit.adapters.postgres.decision;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionAction;
import io.tradekit.domain.decision.DecisionCursor;
import io.tradekit.domain.decision.DecisionQuery;
import io.tradekit.domain.decision.DecisionRepository;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import java.util.List;
import java.util.Optional;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * The decision journal in PostgreSQL: {@code decisions} and {@code decision_orders}. Refusals (an id taken with
 * other content, an order linked elsewhere) are found by reading before any write fails, so a caller's unit of
 * work that catches one stays usable.
 */
public final class PostgresDecisionRepository implements DecisionRepository {
    private final DecisionMapper mapper;
    private final StoreCalls calls;

    public PostgresDecisionRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(DecisionMapper.class);
        this.calls = calls;
    }

    @Override
    public boolean insertIfAbsent(Decision decision) {
        Require.nonNull(decision, "decision");
        DecisionRow row = DecisionRow.of(decision);
        String account = decision.accountId().value();
        String what = "record decision " + decision.decisionId() + " of " + decision.accountId();
        for (OrderRef order : decision.orders()) {
            String owner = calls.call(what, () -> mapper.findDecisionOfOrder(account, order.clientOrderId()));
            if (owner != null && !owner.equals(decision.decisionId().value())) {
                throw linkedElsewhere(order, owner);
            }
        }
        boolean inserted = calls.inTransaction(what, () -> {
            if (mapper.insertIfAbsent(row) == 0) {
                return false;
            }
            for (OrderRef order : decision.orders()) {
                if (mapper.linkOrder(account, row.decisionId(), order.clientOrderId()) == 0) {
                    throw linkedElsewhere(order, "another decision");
                }
            }
            return true;
        });
        if (!inserted) {
            Decision stored = find(decision.accountId(), decision.decisionId()).orElseThrow();
            if (!stored.withoutOrders().equals(decision.withoutOrders())) {
                throw new DuplicateKeyException("account " + decision.accountId() + " already has decision "
                        + decision.decisionId() + " with other content");
            }
        }
        return inserted;
    }

    @Override
    public Optional<Decision> find(AccountId accountId, ClientDecisionId decisionId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(decisionId, "decisionId");
        DecisionRow row = calls.call("find decision " + decisionId + " of " + accountId,
                () -> mapper.find(accountId.value(), decisionId.value()));
        return Optional.ofNullable(row).map(DecisionRow::toDecision);
    }

    @Override
    public boolean linkOrder(AccountId accountId, ClientDecisionId decisionId, OrderRef order) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(decisionId, "decisionId");
        Require.nonNull(order, "order");
        String what = "link order " + order + " to decision " + decisionId + " of " + accountId;
        String owner = calls.call(what, () -> mapper.findDecisionOfOrder(accountId.value(), order.clientOrderId()));
        if (owner != null) {
            if (owner.equals(decisionId.value())) {
                return false;
            }
            throw linkedElsewhere(order, owner);
        }
        Decision decision = find(accountId, decisionId).orElseThrow(() -> new InvalidValueException("decisionId",
                "account " + accountId + " has no decision " + decisionId));
        if (decision.action() == DecisionAction.HOLD) {
            throw new InvalidValueException("decisionId", "decision " + decisionId + " is a HOLD: it produces no order");
        }
        if (calls.call(what, () -> mapper.linkOrder(accountId.value(), decisionId.value(), order.clientOrderId())) == 1) {
            return true;
        }
        // a racing linker of the same order got there first
        String winner = calls.call(what, () -> mapper.findDecisionOfOrder(accountId.value(), order.clientOrderId()));
        if (decisionId.value().equals(winner)) {
            return false;
        }
        throw linkedElsewhere(order, winner);
    }

    @Override
    public List<Decision> find(DecisionQuery query) {
        Require.nonNull(query, "query");
        String market = query.market().map(ConditionId::value).orElse(null);
        DecisionCursor after = query.after().orElse(null);
        List<DecisionRow> rows = calls.call("page the decisions of " + query.accountId(),
                () -> mapper.findPage(query.accountId().value(), Bounds.ceilMicros(query.from()),
                        Bounds.ceilMicros(query.to()), market, after == null ? null : after.decidedAt(),
                        after == null ? null : after.decisionId().value(), query.limit()));
        return rows.stream().map(DecisionRow::toDecision).toList();
    }

    @Override
    public Optional<Decision> findByOrder(AccountId accountId, OrderRef order) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(order, "order");
        String owner = calls.call("find the decision of order " + order,
                () -> mapper.findDecisionOfOrder(accountId.value(), order.clientOrderId()));
        return owner == null ? Optional.empty() : find(accountId, ClientDecisionId.of(owner));
    }

    private static DuplicateKeyException linkedElsewhere(OrderRef order, String owner) {
        return new DuplicateKeyException("order " + order + " is linked to decision " + owner + " already");
    }
}
