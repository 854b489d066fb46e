package io.tradekit.application.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.alert.OpenAlerts;
import io.tradekit.application.alert.RaiseAlert;
import io.tradekit.application.alert.ResolveAlert;
import io.tradekit.application.analytics.GeneratePerformanceReport;
import io.tradekit.application.analytics.TakePerformanceSnapshot;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.application.risk.RiskLimitsSource;
import io.tradekit.application.risk.SetRiskLimits;
import io.tradekit.application.risk.StoredRiskLimits;
import io.tradekit.application.risk.TradingDay;
import io.tradekit.application.tape.ApplyTapeRetention;
import io.tradekit.application.testsupport.AccountBook;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.alert.AlertStatus;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.decision.Decision;
import io.tradekit.domain.decision.DecisionQuery;
import io.tradekit.domain.decision.OrderRef;
import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.snapshot.PerformanceSnapshot;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.testdata.Decisions;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal's use cases on a real store: stored risk limits (audited, read by the pre-trade check), the decision
 * journal, alerts raised/acknowledged/resolved, performance snapshots (figures worked out by hand), tape retention
 * on the injected clock. Runs unchanged on any adapter; every test works in an account (and markets) of its own.
 */
public abstract class JournalUseCasesContract {
    private static final Instant T = Instant.parse("2024-05-02T15:00:00Z");

    protected abstract JournalStoreUnderTest store();

    private JournalStoreUnderTest store;
    private final AccountId account = Ids.account();
    private final MutableClock clock = new MutableClock(T);

    @BeforeEach
    void takeTheStore() {
        store = store();
    }

    // ---- stored risk limits ----

    private SetRiskLimits setLimits() {
        return new SetRiskLimits(store.riskLimitSettings(), store.auditTrail(), store.unitOfWork(), clock);
    }

    @Test
    void storedLimitsAreWhatThePreTradeCheckApplies() {
        PreTradeRiskCheck check = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock,
                StoredRiskLimits.over(store.riskLimitSettings(), RiskLimitsSource.same(RiskLimits.none())));
        ProposedOrder order = new ProposedOrder(account, Ids.condition(), null, Ids.token(), Side.BUY,
                Quantity.of("100"), Price.of("0.5"));
        assertThat(check.evaluate(order).allowed()).as("no stored limits: the fallback (none)").isTrue();

        setLimits().set(SetRiskLimits.Command.none(account, "ops-anna").withMaxOrderNotional(Money.of("40")));

        RiskDecision decision = check.evaluate(order);
        assertThat(decision.brokenLimits()).containsExactly("maxOrderNotional");
    }

    @Test
    void everyChangeOfLimitsIsAuditedWithBeforeAndAfter() {
        RiskLimitSettings first = setLimits().set(SetRiskLimits.Command.none(account, "ops-anna")
                .withMaxDailyLoss(Money.of("100")));
        clock.advance(Duration.ofHours(1));
        RiskLimitSettings second = setLimits().set(SetRiskLimits.Command.none(account, "ops-bob")
                .withMaxDailyLoss(Money.of("50")).withTradingDay(TradingDay.of("America/New_York", "09:30")));

        assertThat(second.version()).isEqualTo(2);
        assertThat(store.riskLimitSettings().find(account)).contains(second);
        List<AuditEntry> trail = store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX);
        assertThat(trail).extracting(AuditEntry::subject).containsOnly(AuditSubject.RISK_LIMITS);
        assertThat(trail).extracting(AuditEntry::changedBy).containsExactly("ops-anna", "ops-bob");
        assertThat(trail.get(0).before()).isEmpty();
        assertThat(trail.get(0).after()).isEqualTo(first.describe()).contains("maxDailyLoss=100.00000000");
        assertThat(trail.get(1).before()).isEqualTo(first.describe());
        assertThat(trail.get(1).after()).contains("maxDailyLoss=50.00000000").contains("America/New_York 09:30");
        assertThat(trail.get(1).changedAt()).isEqualTo(T.plus(Duration.ofHours(1)));
    }

    @Test
    void aBadLimitIsRefusedNamingItAndNothingIsWritten() {
        assertThatThrownBy(() -> setLimits().set(SetRiskLimits.Command.none(account, "ops")
                .withMaxOrderNotional(Money.of("-1"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("maxOrderNotional");
        assertThatThrownBy(() -> setLimits().set(SetRiskLimits.Command.none(account, "ops")
                .withMaxDrawdown(null, new BigDecimal("20"))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("startingCapital");
        assertThat(store.riskLimitSettings().find(account)).isEmpty();
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).isEmpty();
    }

    // ---- decisions ----

    @Test
    void aDecisionIsJournalledOnceAndFoundFromItsOrder() {
        RecordDecision record = new RecordDecision(store.decisions());
        DecisionJournal journal = new DecisionJournal(store.decisions());
        Decision buy = Decisions.decision().account(account).at(T).build();
        Decision hold = Decisions.decision().account(account).market(buy.conditionId()).hold()
                .at(T.plusSeconds(1)).build();

        assertThat(record.record(RecordDecision.Command.of(buy))).isTrue();
        assertThat(record.record(RecordDecision.Command.of(buy))).isFalse();
        assertThat(record.record(RecordDecision.Command.of(hold))).isTrue();
        OrderRef order = OrderRef.of(Ids.unique("ord"));
        assertThat(record.linkOrder(buy, order)).isTrue();
        assertThat(record.linkOrder(buy, order)).isFalse();

        assertThat(journal.behindOrder(account, order).map(Decision::decisionId)).contains(buy.decisionId());
        assertThat(journal.page(DecisionQuery.window(account, T, T.plusSeconds(60), 10).inMarket(buy.conditionId())))
                .containsExactly(hold, buy.withOrder(order));
    }

    // ---- alerts ----

    @Test
    void anAlertIsRaisedOnceThenAcknowledgedAndResolvedWithWhoAndWhen() {
        RaiseAlert raise = new RaiseAlert(store.alerts(), clock);
        ResolveAlert resolve = new ResolveAlert(store.alerts(), clock);
        AlertKey key = AlertKey.of("recon", Ids.unique("diff"));
        RaiseAlert.Command command = new RaiseAlert.Command(account, key, AlertSeverity.CRITICAL, "my-bot",
                "balance differs", Map.of("expected", new BigDecimal("100"), "actual", new BigDecimal("97.5")));

        Alert raised = raise.raise(command);
        clock.advance(Duration.ofMinutes(1));
        assertThat(raise.raise(command)).isEqualTo(raised);
        assertThat(new OpenAlerts(store.alerts()).of(account)).containsExactly(raised);

        Alert acked = resolve.acknowledge(new ResolveAlert.Command(account, key, "ops-anna"));
        assertThat(acked.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(acked.acknowledgedAt()).isEqualTo(T.plus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> resolve.acknowledge(new ResolveAlert.Command(account, key, "ops-bob")))
                .isInstanceOf(IllegalTransitionException.class);
        clock.advance(Duration.ofMinutes(1));
        Alert resolved = resolve.resolve(new ResolveAlert.Command(account, key, "ops-bob"));
        assertThat(resolved.resolvedBy()).isEqualTo("ops-bob");
        assertThat(resolved.resolvedAt()).isEqualTo(T.plus(Duration.ofMinutes(2)));
        assertThat(new OpenAlerts(store.alerts()).of(account)).isEmpty();
        assertThat(store.alerts().find(account, key)).contains(resolved);
    }

    // ---- performance snapshots ----

    @Test
    void aSnapshotHoldsTheFiguresWorkedOutByHandOncePerTime() {
        AccountBook book = new AccountBook(store, account);
        book.closeWith("100", "0", T.minus(Duration.ofHours(2)));
        book.closeWith("-40", "0", T.minus(Duration.ofHours(1)));
        var open = book.open(Ids.condition(), null, Ids.token(), "100", "0.50", T.minus(Duration.ofMinutes(30)));
        book.mark(open, "0.60", T.minus(Duration.ofMinutes(10)));
        TakePerformanceSnapshot snapshots = new TakePerformanceSnapshot(
                new GeneratePerformanceReport(store.positions(), clock), store.positions(),
                store.performanceSnapshots(), clock);
        TakePerformanceSnapshot.Command command = TakePerformanceSnapshot.Command.now(account,
                T.minus(Duration.ofDays(1)), Money.of("1000"));

        TakePerformanceSnapshot.Result first = snapshots.take(command);

        PerformanceSnapshot s = first.snapshot();
        assertThat(first.stored()).isTrue();
        assertThat(s.takenAt()).isEqualTo(T);
        // realized +100 - 40 = 60 on 1000; unrealized 100 x (0.60 - 0.50) = 10; equity 1070
        assertThat(s.realizedPnl()).isEqualTo(Money.of("60"));
        assertThat(s.unrealizedPnl()).isEqualTo(Money.of("10"));
        assertThat(s.equity()).isEqualTo(Money.of("1070"));
        assertThat(s.openPositions()).isEqualTo(1);
        assertThat(List.of(s.closed(), s.wins(), s.losses())).containsExactly(2L, 1L, 1L);
        assertThat(s.winRate()).isEqualByComparingTo("0.5");
        assertThat(s.profitFactor()).isEqualByComparingTo("2.5"); // 100 / 40
        assertThat(s.expectancy()).isEqualTo(Money.of("30")); // 0.5 x 100 - 0.5 x 40
        assertThat(s.maxDrawdown()).isEqualTo(Money.of("40")); // peak 1100 -> 1060
        assertThat(s.maxDrawdownFraction()).isEqualByComparingTo("0.03636363636363636"); // 40 / 1100

        book.closeWith("500", "0", T); // a close at the snapshot's time after it was taken
        TakePerformanceSnapshot.Result again = snapshots.take(command);
        assertThat(again.stored()).isFalse();
        assertThat(again.snapshot()).isEqualTo(s);

        clock.advance(Duration.ofHours(1));
        PerformanceSnapshot later = snapshots.take(command).snapshot();
        assertThat(later.realizedPnl()).isEqualTo(Money.of("560"));
        assertThat(snapshots.series(account, Instant.MIN, Instant.MAX)).containsExactly(s, later);
    }

    // ---- tape retention ----

    @Test
    void retentionOnTheClockKeepsWhatAWatermarkHasNotPassed() {
        // old enough for no other test's print to lie before the cutoff but these
        clock.set(Instant.parse("1980-01-10T00:00:00Z"));
        Instant old = Instant.parse("1980-01-01T00:00:00Z");
        ConditionId watched = Ids.condition();
        ConditionId unwatched = Ids.condition();
        MarketTrade a = Prints.print().id(Ids.print()).condition(watched).token(Ids.token()).at(old).build();
        MarketTrade b = Prints.print().id(Ids.print()).condition(watched).token(Ids.token()).at(old.plusSeconds(1)).build();
        MarketTrade c = Prints.print().id(Ids.print()).condition(unwatched).token(Ids.token()).at(old.plusSeconds(2)).build();
        MarketTrade young = Prints.print().id(Ids.print()).condition(unwatched).token(Ids.token())
                .at(Instant.parse("1980-01-09T12:00:00Z")).build();
        store.marketTrades().insertAllIfAbsent(List.of(a, b, c, young));
        store.watermarks().advance(account, Ids.consumer(), watched.value(), a.position());

        ApplyTapeRetention.Result result = new ApplyTapeRetention(store.tapeRetention(), clock)
                .apply(new ApplyTapeRetention.Command(Duration.ofDays(7), 1, 1_000));

        assertThat(result.cutoff()).isEqualTo(Instant.parse("1980-01-03T00:00:00Z"));
        assertThat(result.complete()).isTrue();
        assertThat(result.removed()).isGreaterThanOrEqualTo(2);
        assertThat(store.marketTrades().findById(a.tradeId())).isEmpty();
        assertThat(store.marketTrades().findById(b.tradeId())).as("behind no watermark yet").isPresent();
        assertThat(store.marketTrades().findById(c.tradeId())).isEmpty();
        assertThat(store.marketTrades().findById(young.tradeId())).isPresent();
        WatermarkPosition stillThere = b.position();
        assertThat(store.marketTrades().findAfter(watched, java.util.Optional.empty(), 10))
                .extracting(MarketTrade::position).containsExactly(stillThere);
    }

    @Test
    void retentionStopsAfterItsBatchesAndGoesOnWhenRunAgain() {
        clock.set(Instant.parse("1970-02-01T00:00:00Z"));
        Instant old = Instant.parse("1970-01-01T00:00:00Z");
        ConditionId market = Ids.condition();
        for (int i = 0; i < 5; i++) {
            store.marketTrades().insertIfAbsent(Prints.print().id(Ids.print()).condition(market).token(Ids.token())
                    .at(old.plusSeconds(i)).build());
        }
        ApplyTapeRetention retention = new ApplyTapeRetention(store.tapeRetention(), clock);

        ApplyTapeRetention.Result partial = retention.apply(new ApplyTapeRetention.Command(Duration.ofDays(1), 2, 1));
        assertThat(partial.complete()).isFalse();
        assertThat(partial.examined()).isEqualTo(2);
        ApplyTapeRetention.Result rest = retention.apply(new ApplyTapeRetention.Command(Duration.ofDays(1), 2, 100));
        assertThat(rest.complete()).isTrue();
        assertThat(store.marketTrades().findAfter(market, java.util.Optional.empty(), 10)).isEmpty();
    }
}
