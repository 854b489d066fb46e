package io.tradekit.domain.testdata;

import io.tradekit.domain.decision.ClientDecisionId;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionAction;
import io.tradekit.domain.decision.SourceData;
import io.tradekit.domain.decision.StrategyId;
import io.tradekit.domain.decision.TriggerRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Instant;

/** Test decisions: a BUY of 10 at 0.6 with confidence 0.7 unless told otherwise. */
public final class Decisions {
    private AccountId account = Ids.account();
    private ClientDecisionId id = ClientDecisionId.of(Ids.unique("dec"));
    private StrategyId strategy = StrategyId.of("threshold");
    private Instant at = Instants.T0;
    private ConditionId market = Ids.condition();
    private TokenId token = Ids.token();
    private DecisionAction action = DecisionAction.BUY;
    private String size = "10";
    private String price = "0.6";
    private String confidence = "0.7";
    private String reasoning = "price crossed 0.6";
    private String source = "{\"price\":\"0.61\"}";
    private TriggerRef trigger;

    private Decisions() {
    }

    public static Decisions decision() {
        return new Decisions();
    }

    public Decisions account(AccountId value) {
        account = value;
        return this;
    }

    public Decisions id(String value) {
        id = ClientDecisionId.of(value);
        return this;
    }

    public Decisions at(Instant value) {
        at = value;
        return this;
    }

    public Decisions market(ConditionId value) {
        market = value;
        return this;
    }

    public Decisions token(TokenId value) {
        token = value;
        return this;
    }

    public Decisions hold() {
        action = DecisionAction.HOLD;
        size = null;
        price = null;
        return this;
    }

    public Decisions action(DecisionAction value) {
        action = value;
        return this;
    }

    public Decisions size(String value) {
        size = value;
        return this;
    }

    public Decisions reasoning(String value) {
        reasoning = value;
        return this;
    }

    public Decisions source(String json) {
        source = json;
        return this;
    }

    public Decisions trigger(TriggerRef value) {
        trigger = value;
        return this;
    }

    public Decisions confidence(String value) {
        confidence = value;
        return this;
    }

    public Decision build() {
        return Decision.record(account, id, strategy, at, market, token, action,
                size == null ? null : Quantity.of(size), price == null ? null : Price.of(price),
                new BigDecimal(confidence), reasoning, SourceData.of(source), trigger);
    }
}
