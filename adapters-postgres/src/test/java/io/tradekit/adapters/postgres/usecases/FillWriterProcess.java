package io.tradekit.adapters.postgres.usecases;

import io.tradekit.adapters.postgres.PostgresSettings;
import io.tradekit.adapters.postgres.PostgresStore;
import io.tradekit.application.retry.RetryPolicy;
import io.tradekit.application.retry.RetryingUnitOfWork;
import io.tradekit.application.order.RecordFill;
import io.tradekit.application.order.RecordFillCommand;
import io.tradekit.application.order.RecordFillResult;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A second bot process for {@link RecordFillTwoProcessesTest}: opens its own store, says "ready", waits for
 * the go file, records one fill and prints {@code recorded=true|false}.
 * Args: jdbcUrl user password schema account clientOrderId fillId goFile.
 */
public final class FillWriterProcess {
    private FillWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        PostgresSettings settings = new PostgresSettings(args[0], args[1], args[2].isEmpty() ? null : args[2], args[3],
                2, false);
        try (PostgresStore store = PostgresStore.create(settings)) {
            RecordFill recordFill = new RecordFill(store.orders(), new RetryingUnitOfWork(store.unitOfWork(), RetryPolicy.DEFAULT));
            System.out.println("ready");
            System.out.flush();
            Path go = Path.of(args[7]);
            while (!Files.exists(go)) {
                Thread.sleep(2);
            }
            RecordFillResult result = recordFill.record(new RecordFillCommand(AccountId.of(args[4]),
                    OrderRef.client(ClientOrderId.of(args[5])), FillId.of(args[6]), Quantity.of("4"),
                    Price.of("0.40"), Money.of("0.01"), Liquidity.TAKER, Instant.parse("2026-03-01T12:00:01Z")));
            System.out.println("recorded=" + result.recorded());
        }
    }
}
