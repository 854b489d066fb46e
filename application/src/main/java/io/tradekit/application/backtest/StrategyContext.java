package io.tradekit.application.backtest;

import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.sizing.PositionSizer;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trigger.Trigger;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a strategy may use: its account, the simulated clock, the kit's use cases (risk check, sizing, recording
 * executions), read access to its positions and triggers, and the fill model. Writes go through the use cases only.
 */
public interface StrategyContext {

    AccountId account();

    Clock clock();

    default Instant now() {
        return clock().instant();
    }

    PreTradeRiskCheck riskCheck();

    PositionSizer sizer();

    RecordExecution recordExecution();

    FillModel fillModel();

    List<Position> openPositions();

    Optional<Position> openPosition(TokenId token);

    Optional<Trigger> trigger(ConditionId market, Price threshold);

    List<Trigger> triggers();

    /** A trade this account recorded, by its client id. */
    Optional<Trade> trade(ClientTradeId clientTradeId);

    /**
     * Sends an order the way a bot would: the pre-trade risk check, then (when it passes) the fill model, then the
     * execution is recorded under {@code clientTradeId} (idempotent: a re-run records it once) at the clock.
     */
    Execution execute(ClientTradeId clientTradeId, ProposedOrder order);

    /** What {@link #execute} did: the risk decision, and the recorded trade (null when rejected or nothing filled). */
    record Execution(RiskDecision decision, Trade trade) {
        public boolean executed() {
            return trade != null;
        }
    }
}
