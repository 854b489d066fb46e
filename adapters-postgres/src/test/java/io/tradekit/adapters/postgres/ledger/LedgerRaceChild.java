package io.tradekit.adapters.postgres.ledger;

import io.tradekit.adapters.postgres.PostgresSettings;
import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.application.execution.RecordExecution;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.ledger.LedgerPosting;
import io.tradekit.application.position.ConcurrentPositionUpdateException;
import io.tradekit.application.position.SettleMarket;
import io.tradekit.application.position.SettleMarketCommand;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * One bot process of {@link PostgresLedgerProcessRaceTest}: records executions and settles markets for ONE
 * shared account through the kit's use cases, retrying the retryable conflict as a bot would.
 * Arguments: jdbcUrl user password schema account process iterations startEpochSecond.
 */
public final class LedgerRaceChild {
    private LedgerRaceChild() {
    }

    public static void main(String[] args) {
        PostgresSettings settings = new PostgresSettings(args[0], args[1], args[2].isEmpty() ? null : args[2], args[3],
                4, false).withConnectTimeout(Duration.ofSeconds(60)); // four JVMs start at once on a busy machine
        AccountId account = AccountId.of(args[4]);
        String me = "p" + args[5];
        int iterations = Integer.parseInt(args[6]);
        Instant start = Instant.ofEpochSecond(Long.parseLong(args[7]));
        int conflicts = 0;
        try (PostgresStore store = PostgresStore.create(settings)) {
            LedgerPosting ledger = new LedgerPosting(store.ledgers());
            RecordExecution record = new RecordExecution(store.trades(), store.positions(), ledger, store.unitOfWork());
            SettleMarket settle = new SettleMarket(store.positions(), ledger, store.unitOfWork(),
                    Clock.fixed(start, ZoneOffset.UTC));
            for (int k = 0; k < iterations; k++) {
                String n = me + "-" + k;
                ConditionId m = ConditionId.of("race-m-" + n);
                TokenId a = TokenId.of("race-a-" + n);
                TokenId b = TokenId.of("race-b-" + n);
                Instant at = start.plusSeconds(k);
                conflicts += retrying(() -> record.record(command(account, n + "-in", at, m, a, Side.BUY, "0.5")));
                conflicts += retrying(() -> record.record(command(account, n + "-out", at, m, a, Side.SELL, "0.6")));
                conflicts += retrying(() -> record.record(command(account, n + "-b", at, m, b, Side.BUY, "0.5")));
                conflicts += retrying(() -> settle.settle(SettleMarketCommand.at(account, m, b, at.plusSeconds(30))));
            }
        }
        System.out.println(me + " done, " + conflicts + " conflicts retried");
    }

    private static RecordExecutionCommand command(AccountId account, String id, Instant at, ConditionId m, TokenId t,
            Side side, String price) {
        return RecordExecutionCommand.of(Trade.of(account, ClientTradeId.of(id), at, List.of(TradeLeg.filled(m, t,
                side, Quantity.of("10"), Price.of(price), Money.of("0.01")))));
    }

    private static int retrying(Supplier<?> command) {
        for (int attempt = 0; ; attempt++) {
            try {
                command.get();
                return attempt;
            } catch (ConcurrentPositionUpdateException e) {
                if (attempt == 1000) {
                    throw e;
                }
            }
        }
    }
}
