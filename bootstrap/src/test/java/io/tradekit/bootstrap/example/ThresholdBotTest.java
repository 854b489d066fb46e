package io.tradekit.bootstrap.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.position.SettleMarketCommand;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.application.backtest.SimulatedClock;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.TradeLeg;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the example bot loop, so the README's example cannot rot. */
class ThresholdBotTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    static MarketTrade print(String id, String condition, String token, String price, Instant at) {
        return new MarketTrade(MarketTradeId.of(id), ConditionId.of(condition), TokenId.of(token), Price.of(price),
                Quantity.of("5"), Side.BUY, at);
    }

    @Test
    void ingestsProcessesChecksRecordsAndReports() {
        SimulatedClock clock = new SimulatedClock(T0);
        ThresholdBot.Venue fillsAtThePrintPrice = (trigger, quantity) -> TradeLeg.filled(trigger.conditionId(),
                trigger.tokenId(), Side.BUY, quantity, trigger.price(), Money.ZERO);
        // at most 9.60 per order: 10 x 0.96 passes, 10 x 0.97 does not
        RiskLimits limits = RiskLimits.builder().maxOrderNotional(Money.of("9.60")).build();
        try (Tradekit kit = Tradekit.inMemory(clock, limits)) {
            ThresholdBot bot = new ThresholdBot(kit, fillsAtThePrintPrice);

            clock.set(T0.plusSeconds(10));
            bot.step(List.of(print("a1", "m1", "yes1", "0.50", T0),
                    print("a2", "m1", "yes1", "0.96", T0.plusSeconds(5)),
                    print("b1", "m2", "yes2", "0.97", T0.plusSeconds(6))));
            clock.set(T0.plusSeconds(20));
            // the same page again (an overlapping feed) and a later first hit that is already taken
            bot.step(List.of(print("a2", "m1", "yes1", "0.96", T0.plusSeconds(5)),
                    print("a3", "m1", "yes1", "0.99", T0.plusSeconds(15))));

            List<Position> open = kit.store().positions().findOpenByAccount(bot.account());
            assertThat(open).singleElement().satisfies(p -> {
                assertThat(p.tokenId()).isEqualTo(TokenId.of("yes1"));
                assertThat(p.size()).isEqualTo(Quantity.of("10"));
                assertThat(p.averageEntryPrice()).isEqualTo(Price.of("0.96"));
            });
            assertThat(bot.log()).hasSize(2);
            assertThat(bot.log().get(0)).startsWith("ALLOWED BUY");
            assertThat(bot.log().get(1)).startsWith("REJECTED BUY").contains("maxOrderNotional");

            // the market resolves for yes1: 10 x (1 - 0.96) = +0.40
            clock.set(T0.plusSeconds(3600));
            kit.settleMarket().settle(SettleMarketCommand.of(bot.account(), ConditionId.of("m1"), TokenId.of("yes1")));
            PerformanceReport report = bot.report(T0, T0.plusSeconds(7200));

            assertThat(report.closed()).isEqualTo(1);
            assertThat(report.wins()).isEqualTo(1);
            assertThat(report.netProfit()).isEqualTo(Money.of("0.40"));
            assertThat(report.endingEquity()).isEqualTo(Money.of("1000.40"));
        }
    }
}
