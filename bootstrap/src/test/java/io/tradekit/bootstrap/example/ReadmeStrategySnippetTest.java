package io.tradekit.bootstrap.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.analytics.PerformanceReportCommand;
import io.tradekit.application.backtest.BacktestAccount;
import io.tradekit.application.backtest.BacktestEngine;
import io.tradekit.application.backtest.BacktestEvent.PrintReceived;
import io.tradekit.application.backtest.BacktestResult;
import io.tradekit.application.backtest.EventSource;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.application.backtest.Strategy;
import io.tradekit.application.backtest.StrategyContext;
import io.tradekit.application.execution.ClientTradeIds;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.tape.PrintClass;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.replay.TapeFiles;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's custom-strategy snippet, compiled and run over the bundled sample tape on the in-memory store. */
class ReadmeStrategySnippetTest {

    // README snippet: custom strategy
    /** Buys 20 of a token at its first fresh print at or below 0.10: a long shot. */
    public static final class LongShot implements Strategy {
        private final Set<TokenId> bought = new HashSet<>();

        @Override
        public void onPrint(StrategyContext context, PrintReceived print, PrintClass printClass) {
            MarketTrade p = print.print();
            if (printClass == PrintClass.FRESH && !p.price().isAtLeast(Price.of("0.11")) && bought.add(p.tokenId())) {
                context.execute(ClientTradeIds.derived("long-shot:", p.tradeId().value()), new ProposedOrder(
                        context.account(), p.conditionId(), null, p.tokenId(), Side.BUY, Quantity.of("20"), p.price()));
            }
        }
    }

    static PerformanceReport backtest() {
        SimulatedClock clock = SimulatedClock.startingAtFirstSet(ZoneOffset.UTC);
        AccountId account = AccountId.of("long-shot");
        try (Tradekit kit = Tradekit.inMemory(clock); EventSource tape = TapeFiles.sample()) {
            BacktestEngine engine = new BacktestEngine(kit.store().backtestStore(), clock, kit.riskLimits());
            BacktestResult run = engine.run(tape, List.of(BacktestAccount.of(account, new LongShot())));
            return kit.performanceReport().generate(
                    PerformanceReportCommand.of(account, run.windowStart(), run.windowEnd(), Money.of("1000")));
        }
    }
    // end of README snippet

    @Test
    void theLongShotTradesTheSampleTape() {
        PerformanceReport report = backtest();
        assertThat(report.closed()).isPositive();
        assertThat(report.wins() + report.losses() + report.breakevens()).isEqualTo(report.closed());
        assertThat(report.endingEquity()).isEqualTo(Money.of("1000").plus(report.netProfit()));
        assertThat(backtest().netProfit()).isEqualTo(report.netProfit()); // deterministic
    }

    @Test
    void theReadmeShowsThisSnippetVerbatim() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of(
                "src/test/java/io/tradekit/bootstrap/example/ReadmeStrategySnippetTest.java"));
        int start = source.indexOf('\n', source.indexOf("// README snippet: custom strategy")) + 1;
        String snippet = source.substring(start, source.indexOf("// end of README snippet", start));
        int at = readme.indexOf("### Backtest your own strategy");
        assertThat(at).isNotNegative();
        int blockStart = readme.indexOf("```java\n", at) + "```java\n".length();
        String block = readme.substring(blockStart, readme.indexOf("```", blockStart));
        assertThat(block.replaceAll("\\s+", "")).isEqualTo(snippet.replaceAll("\\s+", ""));
    }
}
