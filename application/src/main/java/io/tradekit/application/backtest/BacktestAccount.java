package io.tradekit.application.backtest;

import io.tradekit.application.tape.ProcessTapeCommand;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.watermark.ConsumerId;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * One strategy of a run, trading under its own account.
 *
 * @param account   whose triggers, trades, positions and watermarks these are
 * @param consumer  the consumer whose watermarks the engine keeps for the account (a re-run on the same store
 *                  continues them)
 * @param strategy  the user's strategy
 * @param fillModel how its orders fill
 * @param maxAge    a print older than this at the clock is stale and fires nothing
 */
public record BacktestAccount(AccountId account, ConsumerId consumer, Strategy strategy, FillModel fillModel,
        Duration maxAge) {

    /** The consumer a backtest uses unless told otherwise. */
    public static final ConsumerId DEFAULT_CONSUMER = ConsumerId.of("replay");

    public BacktestAccount {
        Require.nonNull(account, "account");
        Require.nonNull(consumer, "consumer");
        Require.nonNull(strategy, "strategy");
        Require.nonNull(fillModel, "fillModel");
        Require.nonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new InvalidValueException("maxAge", "must not be negative, got " + maxAge);
        }
    }

    /** The default consumer, no fee, the default max age (300 s). */
    public static BacktestAccount of(AccountId account, Strategy strategy) {
        return new BacktestAccount(account, DEFAULT_CONSUMER, strategy, FeeFillModel.feeOnly(BigDecimal.ZERO),
                ProcessTapeCommand.DEFAULT_MAX_AGE);
    }

    public BacktestAccount withFillModel(FillModel model) {
        return new BacktestAccount(account, consumer, strategy, model, maxAge);
    }

    public BacktestAccount withMaxAge(Duration age) {
        return new BacktestAccount(account, consumer, strategy, fillModel, age);
    }

    public BacktestAccount withConsumer(ConsumerId id) {
        return new BacktestAccount(account, id, strategy, fillModel, maxAge);
    }
}
