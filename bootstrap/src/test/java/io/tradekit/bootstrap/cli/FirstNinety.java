package io.tradekit.bootstrap.cli;

import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.backtest.Strategy;
import io.tradekit.application.backtest.StrategyContext;
import io.tradekit.application.execution.ClientTradeIds;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.tape.PrintClass;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import java.util.HashSet;
import java.util.Set;

/** A custom strategy on the classpath: buys 5 of each token at its first fresh print at or above 0.90. */
public final class FirstNinety implements Strategy {
    public static final String SOURCE_BODY = """
                private final Set<TokenId> bought = new HashSet<>();

                @Override
                public void onPrint(StrategyContext context, PrintReceived print, PrintClass printClass) {
                    var p = print.print();
                    if (printClass == PrintClass.FRESH && p.price().isAtLeast(Price.of("0.90")) && bought.add(p.tokenId())) {
                        context.execute(ClientTradeIds.derived("ninety:", p.tradeId().value()), new ProposedOrder(
                                context.account(), p.conditionId(), null, p.tokenId(), Side.BUY, Quantity.of("5"), p.price()));
                    }
                }
            """;

    private final Set<TokenId> bought = new HashSet<>();

    @Override
    public void onPrint(StrategyContext context, PrintReceived print, PrintClass printClass) {
        var p = print.print();
        if (printClass == PrintClass.FRESH && p.price().isAtLeast(Price.of("0.90")) && bought.add(p.tokenId())) {
            context.execute(ClientTradeIds.derived("ninety:", p.tradeId().value()), new ProposedOrder(
                    context.account(), p.conditionId(), null, p.tokenId(), Side.BUY, Quantity.of("5"), p.price()));
        }
    }
}
