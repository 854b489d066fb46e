package com.example.bot;

import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.application.tape.ProcessTapeCommand;
import io.tradekit.application.tape.ProcessTapeResult;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * A bot outside the tradekit build: it embeds the kit in plain Java on the in-memory store, buys a token the
 * first time it prints at or above 0.95 (after the pre-trade risk check) and returns its open positions.
 */
public final class FirstHitBot {
    static final AccountId ACCOUNT = AccountId.of("consumer-bot");
    static final ConditionId MARKET = ConditionId.of("0xconsumer");
    static final TokenId YES = TokenId.of("consumer-yes");
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private FirstHitBot() {
    }

    /** Runs the bot on two prints (0.90, then 0.96) and returns the account's open positions. */
    public static List<Position> run() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        List<MarketTrade> prints = List.of(
                new MarketTrade(MarketTradeId.of("p1"), MARKET, YES, Price.of("0.90"), Quantity.of("5"), Side.BUY,
                        NOW.minusSeconds(30)),
                new MarketTrade(MarketTradeId.of("p2"), MARKET, YES, Price.of("0.96"), Quantity.of("5"), Side.BUY,
                        NOW.minusSeconds(20)));
        try (Tradekit kit = Tradekit.inMemory(clock, RiskLimits.builder()
                .maxDailyLoss(Money.of("50")).maxOpenPositions(10).build())) {
            kit.ingestPrints().ingest(IngestPrintsCommand.of(prints));
            ProcessTapeResult tape = kit.processTape().process(
                    ProcessTapeCommand.of(ACCOUNT, ConsumerId.of("consumer-bot"), Set.of(Price.of("0.95"))));
            for (Trigger trigger : tape.triggersFired()) {
                RiskDecision decision = kit.preTradeRiskCheck().evaluate(new ProposedOrder(ACCOUNT,
                        trigger.conditionId(), null, trigger.tokenId(), Side.BUY, Quantity.of("10"), trigger.price()));
                if (decision.allowed()) {
                    // a real bot sends the order to its venue here; this one is filled in full at the print's price
                    TradeLeg fill = TradeLeg.filled(trigger.conditionId(), trigger.tokenId(), Side.BUY,
                            Quantity.of("10"), trigger.price(), Money.of("0.02"));
                    kit.recordExecution().record(RecordExecutionCommand.of(Trade.of(ACCOUNT,
                            ClientTradeId.of("entry-" + trigger.marketTradeId()), kit.clock().instant(),
                            List.of(fill))));
                }
            }
            return kit.store().positions().findOpenByAccount(ACCOUNT);
        }
    }

    public static void main(String[] args) {
        for (Position p : run()) {
            System.out.println("open position " + p.tokenId() + ": size " + p.size() + " at "
                    + p.averageEntryPrice() + ", cost basis " + p.costBasis());
        }
    }
}
