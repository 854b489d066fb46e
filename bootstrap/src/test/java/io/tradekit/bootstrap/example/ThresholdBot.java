package io.tradekit.bootstrap.example;

import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.analytics.PerformanceReportCommand;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.application.tape.ProcessTapeCommand;
import io.tradekit.application.tape.ProcessTapeResult;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeLeg;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The embedding example of README.md, kept here so it compiles and runs with every build: a bot that
 * buys a fixed number of tokens at the first print of a market at or above 0.95.
 *
 * <p>One loop step: ingest what the venue sent (idempotent, so an overlapping page is harmless), process
 * the tape after this bot's watermark (first hits only, stale prints never fire), ask the pre-trade check,
 * send the order, record the execution (idempotent by the client id, so a retry after a crash records it
 * once), and report.
 */
public final class ThresholdBot {
    /** Where the bot sends orders; a real one talks to the venue, the test fills at the asked price. */
    public interface Venue {
        TradeLeg buy(Trigger trigger, Quantity quantity);
    }

    private static final Price THRESHOLD = Price.of("0.95");
    private static final Quantity SIZE = Quantity.of("10");

    private final Tradekit kit;
    private final Venue venue;
    private final AccountId account = AccountId.of("threshold-bot");
    private final ConsumerId consumer = ConsumerId.of("threshold-bot");
    private final List<String> log = new ArrayList<>();

    public ThresholdBot(Tradekit kit, Venue venue) {
        this.kit = kit;
        this.venue = venue;
    }

    /** One step of the bot's loop, with the prints the venue's feed delivered since the last step. */
    public void step(List<MarketTrade> prints) {
        kit.ingestPrints().ingest(IngestPrintsCommand.of(prints));

        ProcessTapeResult tape = kit.processTape().process(ProcessTapeCommand.of(account, consumer, Set.of(THRESHOLD)));

        for (Trigger trigger : tape.triggersFired()) {
            ProposedOrder order = new ProposedOrder(account, trigger.conditionId(), null, trigger.tokenId(), Side.BUY,
                    SIZE, trigger.price());
            RiskDecision decision = kit.preTradeRiskCheck().evaluate(order);
            log.add(decision.summary());
            if (decision.rejected()) {
                continue;
            }
            TradeLeg fill = venue.buy(trigger, SIZE);
            // the client id comes from the trigger, so recording it again after a crash changes nothing
            ClientTradeId id = ClientTradeId.of("entry-" + trigger.marketTradeId());
            kit.recordExecution().record(RecordExecutionCommand.of(
                    Trade.of(account, id, kit.clock().instant(), List.of(fill))));
        }
    }

    /** How the bot did over [from, to). */
    public PerformanceReport report(Instant from, Instant to) {
        return kit.performanceReport().generate(PerformanceReportCommand.of(account, from, to, Money.of("1000")));
    }

    public AccountId account() {
        return account;
    }

    public List<String> log() {
        return List.copyOf(log);
    }
}
