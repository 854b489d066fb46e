package io.tradekit.bootstrap.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.application.analytics.PerformanceReportCommand;
import io.tradekit.application.execution.RecordExecutionCommand;
import io.tradekit.application.order.OrderUpdate;
import io.tradekit.application.order.ReconcileOrdersCommand;
import io.tradekit.application.order.ReconciliationReport;
import io.tradekit.application.order.RecordFillCommand;
import io.tradekit.application.order.SubmitOrderCommand;
import io.tradekit.application.order.UpdateOrderCommand;
import io.tradekit.application.order.VenueFill;
import io.tradekit.application.order.VenueOrder;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Liquidity;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderMode;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderStatus;
import io.tradekit.domain.order.OrderType;
import io.tradekit.domain.order.TimeInForce;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.tape.IngestPrints;
import io.tradekit.application.tape.IngestPrintsCommand;
import io.tradekit.application.tape.ProcessTapeCommand;
import io.tradekit.application.tape.ProcessTapeResult;
import io.tradekit.bootstrap.Tradekit;
import io.tradekit.bootstrap.spring.TradekitConfiguration;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The two embedding snippets of README.md, compiled and run here so they cannot rot: the text between the
 * {@code README snippet} markers below must equal the README's code block (whitespace aside), which
 * {@link #theReadmeShowsTheseSnippetsVerbatim()} checks.
 */
class ReadmeSnippetTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** The stand-in for the bot's venue client: fills the whole order at the trigger's price. */
    interface Venue {
        TradeLeg buy(Trigger trigger);
    }

    @Test
    void thePlainJavaSnippetFiresATriggerAndOpensAPosition() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AccountId account = AccountId.of("readme-bot");
        ConditionId market = ConditionId.of("0xreadme");
        TokenId yes = TokenId.of("readme-yes");
        List<MarketTrade> prints = List.of(
                new MarketTrade(MarketTradeId.of("r1"), market, yes, Price.of("0.90"), Quantity.of("5"), Side.BUY,
                        NOW.minusSeconds(30)),
                new MarketTrade(MarketTradeId.of("r2"), market, yes, Price.of("0.96"), Quantity.of("5"), Side.BUY,
                        NOW.minusSeconds(20)));
        Venue venue = trigger -> TradeLeg.filled(trigger.conditionId(), trigger.tokenId(), Side.BUY,
                Quantity.of("10"), trigger.price(), Money.of("0"));
        Instant from = NOW.minusSeconds(3600);
        Instant to = NOW.plusSeconds(1);

        // README snippet: plain Java
        try (Tradekit kit = Tradekit.inMemory(clock, RiskLimits.builder()
                .maxDailyLoss(Money.of("50")).maxOpenPositions(10).build())) {
            kit.ingestPrints().ingest(IngestPrintsCommand.of(prints));
            ProcessTapeResult tape = kit.processTape().process(
                    ProcessTapeCommand.of(account, ConsumerId.of("my-bot"), Set.of(Price.of("0.95"))));
            for (Trigger trigger : tape.triggersFired()) {
                RiskDecision decision = kit.preTradeRiskCheck().evaluate(new ProposedOrder(account,
                        trigger.conditionId(), null, trigger.tokenId(), Side.BUY, Quantity.of("10"), trigger.price()));
                if (decision.allowed()) {
                    TradeLeg fill = venue.buy(trigger);                       // your venue client
                    kit.recordExecution().record(RecordExecutionCommand.of(Trade.of(account,
                            ClientTradeId.of("entry-" + trigger.marketTradeId()), kit.clock().instant(), List.of(fill))));
                }
            }
            PerformanceReport report = kit.performanceReport().generate(
                    PerformanceReportCommand.of(account, from, to, Money.of("1000")));
        // end of README snippet

            assertThat(tape.triggersFired()).singleElement()
                    .satisfies(t -> assertThat(t.marketTradeId()).isEqualTo(MarketTradeId.of("r2")));
            List<Position> open = kit.store().positions().findOpenByAccount(account);
            assertThat(open).singleElement().satisfies(p -> {
                assertThat(p.tokenId()).isEqualTo(yes);
                assertThat(p.size()).isEqualTo(Quantity.of("10"));
            });
            assertThat(report.closed()).isZero();
            assertThat(report.endingEquity()).isEqualTo(Money.of("1000"));
        }
    }

    /** The stand-in for the bot's venue client in the orders snippet. */
    interface OrderVenue {
        VenueOrderId place(Order order);

        List<VenueFill> fillsOf(VenueOrderId order);
    }

    @Test
    void theOrdersSnippetReconcilesSubmitsAndBooksFillsIntoAPosition() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AccountId account = AccountId.of("readme-orders");
        VenueId venueId = VenueId.of("polymarket");
        ConditionId market = ConditionId.of("0xreadme");
        TokenId yes = TokenId.of("readme-yes");
        // at start the venue still lists an order placed by hand, and reports a fill of it
        List<VenueOrder> venueOrders = List.of(new VenueOrder(VenueOrderId.of("0xmanual"), null, market, yes,
                Side.BUY, OrderType.LIMIT, Price.of("0.30"), Quantity.of("10"), TimeInForce.GTC));
        List<VenueFill> venueFills = List.of(new VenueFill(VenueOrderId.of("0xmanual"), FillId.derived("0xt0", "0xm0"),
                Quantity.of("10"), Price.of("0.30"), Money.ZERO, Liquidity.MAKER, NOW.minusSeconds(60)));
        OrderVenue venue = new OrderVenue() {
            public VenueOrderId place(Order order) {
                return VenueOrderId.of("0xv1");
            }

            public List<VenueFill> fillsOf(VenueOrderId order) { // the second is the first again, from a poll
                VenueFill a = new VenueFill(order, FillId.derived("0xt1", "0xmakerA"), Quantity.of("60"),
                        Price.of("0.40"), Money.of("0.02"), Liquidity.TAKER, NOW);
                VenueFill b = new VenueFill(order, FillId.derived("0xt1", "0xmakerB"), Quantity.of("40"),
                        Price.of("0.39"), Money.of("0.01"), Liquidity.TAKER, NOW);
                return List.of(a, b, a);
            }
        };

        // README snippet: orders
        try (Tradekit kit = Tradekit.inMemory(clock)) {
            ReconciliationReport start = kit.reconcileOrders().reconcile(new ReconcileOrdersCommand(
                    account, venueId, venueOrders, venueFills));                   // on start: the venue's view
            start.differences().forEach(d -> System.out.println(d.kind() + " " + d.order() + ": " + d.detail()));
            Order order = kit.submitOrder().submit(SubmitOrderCommand.limit(account, ClientOrderId.of("buy-1"),
                    venueId, market, yes, Side.BUY, Price.of("0.40"), Quantity.of("100"), OrderMode.LIVE)).order();
            VenueOrderId venueOrderId = venue.place(order);                          // your venue client
            kit.updateOrder().update(new UpdateOrderCommand(account, OrderRef.client(order.clientOrderId()),
                    new OrderUpdate.Acknowledge(venueOrderId)));
            for (VenueFill fill : venue.fillsOf(venueOrderId)) {                     // push or poll: repeats are fine
                kit.recordFill().record(new RecordFillCommand(account, OrderRef.venue(venueId, venueOrderId),
                        fill.fillId(), fill.quantity(), fill.price(), fill.fee(), fill.liquidity(), fill.filledAt()));
            }
            Position position = kit.store().positions().findOpenByToken(account, yes).orElseThrow();
        // end of README snippet

            assertThat(start.differences()).extracting(ReconciliationReport.Difference::kind)
                    .containsExactly(ReconciliationReport.Kind.ORDER_ADOPTED, ReconciliationReport.Kind.FILL_BOOKED);
            Order filled = kit.store().orders().findByClientId(account, ClientOrderId.of("buy-1")).orElseThrow();
            assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(filled.averageFillPrice()).contains(Price.of("0.396"));
            // 10 @ 0.30 adopted and filled, then 60 @ 0.40 and 40 @ 0.39 (the repeated fill booked once)
            assertThat(position.size()).isEqualTo(Quantity.of("110"));
            assertThat(position.costBasis()).isEqualTo(Money.of("42.60"));
            assertThat(kit.reconcileOrders().reconcile(new ReconcileOrdersCommand(account, venueId, List.of(),
                    venueFills)).inSync()).isTrue();
        }
    }

    @Test
    void theSpringSnippetStartsAContextWithTheKitsBeans() {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(BotConfiguration.class)) {
            Tradekit kit = context.getBean(Tradekit.class);
            assertThat(kit.store().name()).isEqualTo("memory");
            assertThat(context.getBean(IngestPrints.class)).isSameAs(kit.ingestPrints());
            assertThat(kit.riskLimits().limitsFor(AccountId.of("any"))).isSameAs(context.getBean(RiskLimits.class));
            assertThat(kit.clock()).isSameAs(context.getBean(Clock.class));
        }
    }

    @Test
    void theReadmeShowsTheseSnippetsVerbatim() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String source = Files.readString(Path.of("src/test/java/io/tradekit/bootstrap/example/ReadmeSnippetTest.java"));
        assertThat(squash(snippet(source, "plain Java"))).isEqualTo(squash(readmeBlock(readme, "### Plain Java")));
        assertThat(squash(snippet(source, "Spring"))).isEqualTo(squash(readmeBlock(readme, "### Spring")));
        assertThat(squash(snippet(source, "orders"))).isEqualTo(squash(readmeBlock(readme, "### Orders and fills")));
    }

    private static String snippet(String source, String name) {
        int start = source.indexOf("// README snippet: " + name);
        assertThat(start).as("marker of the %s snippet", name).isNotNegative();
        start = source.indexOf('\n', start) + 1;
        int end = source.indexOf("// end of README snippet", start);
        // the plain Java snippet continues with the test's assertions inside its try block; the README closes it
        return source.substring(start, end) + (name.equals("Spring") ? "" : "}");
    }

    private static String readmeBlock(String readme, String heading) {
        int at = readme.indexOf(heading);
        assertThat(at).as("README heading %s", heading).isNotNegative();
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        // the README's first comment line names the snippet's free variables, which the test declares
        return block.lines().filter(l -> !l.startsWith("// prints:") && !l.startsWith("// venue:")).reduce("", (a, b) -> a + b + "\n");
    }

    private static String squash(String code) {
        return code.replaceAll("\\s+", "");
    }
}

// README snippet: Spring (top level, as in the README, so Spring can instantiate it)
@Configuration
@Import(TradekitConfiguration.class)
class BotConfiguration {
    @Bean Clock clock() { return Clock.systemUTC(); }                      // optional, this is the default
    @Bean RiskLimits riskLimits() { return RiskLimits.builder().maxDailyLoss(Money.of("50")).build(); } // optional
}
// end of README snippet
