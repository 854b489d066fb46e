package io.tradekit.adapters.postgres.trade;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.Race;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.LegStatus;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trade.TradeRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresTradeRepositoryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());

    private TradeRepository trades() {
        return db.store().trades();
    }

    private static Trade arbitrage(AccountId account, String id, EventId event) {
        TradeLeg yes = TradeLeg.filled(ConditionId.of("c1"), TokenId.of("yes"), Side.BUY, Quantity.of("10"),
                Price.of("0.41"), Money.of("0.0123"));
        TradeLeg no = TradeLeg.partial(ConditionId.of("c1"), TokenId.of("no"), Side.BUY, Quantity.of("10"),
                Quantity.of("4.5"), Price.of("0.55"), Money.of("0.01"));
        TradeLeg third = TradeLeg.failed(ConditionId.of("c2"), TokenId.of("x"), Side.SELL, Quantity.of("3"),
                Price.of("1.25"));
        return new Trade(account, ClientTradeId.of(id), Instant.parse("2024-06-01T12:00:00.654321Z"), event,
                List.of(yes, no, third));
    }

    @Test
    void roundTripsATradeWithItsLegsInOrder() {
        Trade trade = arbitrage(account, "t1", EventId.of("ev-1"));

        assertThat(trades().insertIfAbsent(trade)).isTrue();

        Trade read = trades().find(account, trade.clientTradeId()).orElseThrow();
        assertThat(read).isEqualTo(trade);
        assertThat(read.status()).isEqualTo(LegStatus.PARTIAL);
        assertThat(read.hasPartialFillRisk()).isTrue();
    }

    @Test
    void roundTripsATradeWithoutEvent() {
        Trade trade = arbitrage(account, "t2", null);
        trades().insertIfAbsent(trade);

        assertThat(trades().find(account, trade.clientTradeId())).contains(trade);
    }

    @Test
    void aSecondInsertOfTheSameClientIdChangesNothing() {
        Trade first = arbitrage(account, "t3", null);
        Trade other = Trade.of(account, ClientTradeId.of("t3"), Instant.parse("2025-01-01T00:00:00Z"),
                List.of(TradeLeg.filled(ConditionId.of("z"), TokenId.of("z"), Side.SELL, Quantity.of("1"),
                        Price.of("0.9"), Money.ZERO)));

        assertThat(trades().insertIfAbsent(first)).isTrue();
        assertThat(trades().insertIfAbsent(other)).isFalse();

        assertThat(trades().find(account, first.clientTradeId())).contains(first);
    }

    @Test
    void tradesAreScopedByAccount() {
        AccountId other = AccountId.of("other-" + UUID.randomUUID());
        Trade mine = arbitrage(account, "shared-id", null);
        Trade theirs = arbitrage(other, "shared-id", EventId.of("e"));

        assertThat(trades().insertIfAbsent(mine)).isTrue();
        assertThat(trades().insertIfAbsent(theirs)).isTrue();

        assertThat(trades().find(account, ClientTradeId.of("shared-id"))).contains(mine);
        assertThat(trades().find(other, ClientTradeId.of("shared-id"))).contains(theirs);
        assertThat(trades().find(AccountId.of("nobody-" + UUID.randomUUID()), ClientTradeId.of("shared-id"))).isEmpty();
    }

    @Test
    void eightRacingWritersOfOneTradeInsertItOnceWithItsLegsOnce() throws Exception {
        Trade trade = arbitrage(account, "race", null);

        List<Boolean> results = Race.run(8, i -> trades().insertIfAbsent(trade));

        assertThat(results).containsOnlyOnce(true);
        assertThat(trades().find(account, trade.clientTradeId())).contains(trade);
    }
}
