package io.tradekit.domain.trade;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One execution attempt of our own, with one or more legs, idempotent by the client-supplied id.
 * {@code eventId} is optional (null when the market belongs to no event).
 */
public record Trade(
        AccountId accountId,
        ClientTradeId clientTradeId,
        Instant executedAt,
        EventId eventId,
        List<TradeLeg> legs) {

    public Trade {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(clientTradeId, "clientTradeId");
        executedAt = Times.micros(executedAt, "executedAt");
        Require.nonNull(legs, "legs");
        if (legs.isEmpty()) {
            throw new InvalidValueException("legs", "a trade has at least one leg");
        }
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i) == null) {
                throw new InvalidValueException("legs", "leg " + (i + 1) + " must not be null");
            }
        }
        legs = List.copyOf(legs);
    }

    public static Trade of(AccountId accountId, ClientTradeId clientTradeId, Instant executedAt, List<TradeLeg> legs) {
        return new Trade(accountId, clientTradeId, executedAt, null, legs);
    }

    public Optional<EventId> event() {
        return Optional.ofNullable(eventId);
    }

    /** FILLED when every leg filled, FAILED when none did, PARTIAL otherwise. */
    public LegStatus status() {
        boolean allFilled = legs.stream().allMatch(l -> l.status() == LegStatus.FILLED);
        boolean noneFilled = legs.stream().noneMatch(TradeLeg::hasFill);
        return allFilled ? LegStatus.FILLED : noneFilled ? LegStatus.FAILED : LegStatus.PARTIAL;
    }

    /**
     * A multi-leg execution (an arbitrage) where some legs filled and others did not fully: the book
     * now carries single-leg exposure the strategy never meant to hold.
     */
    public boolean hasPartialFillRisk() {
        return legs.size() > 1 && status() == LegStatus.PARTIAL;
    }

    public Money totalFees() {
        return legs.stream().map(TradeLeg::fee).reduce(Money.ZERO, Money::plus);
    }
}
