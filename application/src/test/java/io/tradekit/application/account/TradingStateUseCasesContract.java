package io.tradekit.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.application.testsupport.AccountBook;
import io.tradekit.application.risk.DrawdownHalt;
import io.tradekit.application.testsupport.MutableClock;
import io.tradekit.application.risk.PreTradeRiskCheck;
import io.tradekit.application.risk.ProposedOrder;
import io.tradekit.application.risk.RiskDecision;
import io.tradekit.application.risk.RiskLimits;
import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.audit.AuditEntry;
import io.tradekit.domain.audit.AuditSubject;
import java.util.List;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.contract.JournalStoreUnderTest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.Side;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.testdata.Ids;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Halt, reduce-only and resume stored through a real {@code TradingStateRepository}, and read back by the
 * risk check. Runs unchanged on any adapter: a subclass returns its store from {@link #store()}. Every test
 * works in an account of its own, so the store need not be empty.
 */
public abstract class TradingStateUseCasesContract {
    private static final Instant T = Instant.parse("2024-05-02T15:00:00Z");

    /** A store over the adapter under test; called once per test. */
    protected abstract JournalStoreUnderTest store();

    private JournalStoreUnderTest store;
    private final AccountId account = Ids.account();
    private final MutableClock clock = new MutableClock(T);

    @BeforeEach
    void takeTheStore() {
        store = store();
    }

    private HaltTrading halt() {
        return new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock);
    }

    private ResumeTrading resume() {
        return new ResumeTrading(store.tradingStates(), store.auditTrail(), store.unitOfWork(), clock);
    }

    private RestrictToReducing reduce() {
        return new RestrictToReducing(store.tradingStates(), store.auditTrail(), store.unitOfWork(), clock);
    }

    @Test
    void anAccountNeverTouchedIsActive() {
        TradingState state = new CurrentTradingState(store.tradingStates()).of(account);

        assertThat(state.status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(state.version()).isZero();
    }

    @Test
    void aHaltIsStoredWithItsReasonWhoAndWhen() {
        TradingState halted = halt().halt(new HaltTrading.Command(account, "venue outage", "ops-alice"));

        TradingState stored = store.tradingStates().find(account).orElseThrow();
        assertThat(stored).isEqualTo(halted);
        assertThat(stored.status()).isEqualTo(TradingStatus.HALTED);
        assertThat(stored.reason()).isEqualTo("venue outage");
        assertThat(stored.changedBy()).isEqualTo("ops-alice");
        assertThat(stored.changedAt()).isEqualTo(T);
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void aResumeRecordsWhoAndWhenAndKeepsTheLastReasonOnRecord() {
        halt().halt(new HaltTrading.Command(account, "venue outage", "ops-alice"));
        clock.advance(Duration.ofMinutes(45));

        TradingState resumed = resume().resume(new ResumeTrading.Command(account, "ops-bob"));

        assertThat(resumed.status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(resumed.resumedBy()).isEqualTo("ops-bob");
        assertThat(resumed.resumedAt()).isEqualTo(T.plus(Duration.ofMinutes(45)));
        assertThat(resumed.reason()).isEqualTo("venue outage");
        assertThat(resumed.version()).isEqualTo(2);
        assertThat(store.tradingStates().find(account).orElseThrow()).isEqualTo(resumed);
    }

    @Test
    void reduceOnlyIsStoredAndLiftedTheSameWay() {
        TradingState reducing = reduce().reduceOnly(new RestrictToReducing.Command(account, "deleveraging", "ops"));
        TradingState resumed = resume().resume(new ResumeTrading.Command(account, "ops"));

        assertThat(reducing.status()).isEqualTo(TradingStatus.REDUCING);
        assertThat(reducing.reason()).isEqualTo("deleveraging");
        assertThat(resumed.status()).isEqualTo(TradingStatus.ACTIVE);
    }

    @Test
    void resumingAnActiveAccountIsAnIllegalTransitionAndWritesNothing() {
        assertThatThrownBy(() -> resume().resume(new ResumeTrading.Command(account, "ops")))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already ACTIVE");
        assertThat(store.tradingStates().find(account)).isEmpty();
    }

    @Test
    void aHaltSurvivesARestart() {
        halt().halt(new HaltTrading.Command(account, "max drawdown", "risk-engine"));
        ProposedOrder entry = new ProposedOrder(account, Ids.condition(), null, Ids.token(), Side.BUY,
                Quantity.of("1"), Price.of("0.5"));

        // a "restart": fresh use-case instances over the same store, a later clock
        MutableClock later = new MutableClock(T.plus(Duration.ofDays(3)));
        PreTradeRiskCheck afterRestart = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), later,
                RiskLimits.none());
        RiskDecision decision = afterRestart.evaluate(entry);

        assertThat(new CurrentTradingState(store.tradingStates()).of(account).status()).isEqualTo(TradingStatus.HALTED);
        assertThat(decision.brokenLimits()).containsExactly("tradingState");
        assertThat(decision.breach("tradingState").orElseThrow().message()).contains("max drawdown");

        new ResumeTrading(store.tradingStates(), store.auditTrail(), store.unitOfWork(), later).resume(new ResumeTrading.Command(account, "ops"));
        assertThat(afterRestart.evaluate(entry).allowed()).isTrue();
    }

    @Test
    void aConcurrentChangeIsAStaleVersionNotALostUpdate() {
        // a loss of 60 on a capital of 100: a 60 % drawdown against a 50 % limit
        new AccountBook(store, account).closeWith("-60", "0", T.minus(Duration.ofHours(1)));
        PreTradeRiskCheck check = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock,
                RiskLimits.builder().startingCapital(Money.of("100")).maxDrawdownPercent(new BigDecimal("50")).build());
        ProposedOrder entry = new ProposedOrder(account, Ids.condition(), null, Ids.token(), Side.BUY,
                Quantity.of("1"), Price.of("0.5"));
        // the decision is taken on the ACTIVE state (version 0) ...
        RiskDecision decision = check.evaluate(entry);
        assertThat(decision.brokenLimits()).containsExactly("maxDrawdown");
        assertThat(decision.tradingState().version()).isZero();
        // ... an operator switches the account to REDUCING meanwhile ...
        reduce().reduceOnly(new RestrictToReducing.Command(account, "deleveraging", "ops"));

        // ... so the halt based on the old read must not overwrite it silently
        assertThatThrownBy(() -> new DrawdownHalt(new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(), clock), "risk").haltIfBreached(decision))
                .isInstanceOf(StaleVersionException.class);
        TradingState stored = store.tradingStates().find(account).orElseThrow();
        assertThat(stored.status()).isEqualTo(TradingStatus.REDUCING);
        assertThat(stored.reason()).isEqualTo("deleveraging");
    }

    // ---- the audit trail and the halt alert (issue 13) ----

    @Test
    void everyStateChangeIsAuditedWithBeforeAfterWhoAndWhen() {
        halt().halt(new HaltTrading.Command(account, "venue outage", "ops-alice"));
        clock.advance(Duration.ofMinutes(5));
        reduce().reduceOnly(new RestrictToReducing.Command(account, "deleveraging", "ops-bob"));
        clock.advance(Duration.ofMinutes(5));
        resume().resume(new ResumeTrading.Command(account, "ops-carol"));

        List<AuditEntry> trail = store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX);
        assertThat(trail).extracting(AuditEntry::subject).containsOnly(AuditSubject.TRADING_STATE);
        assertThat(trail).extracting(AuditEntry::changedBy).containsExactly("ops-alice", "ops-bob", "ops-carol");
        assertThat(trail).extracting(AuditEntry::changedAt).containsExactly(T, T.plus(Duration.ofMinutes(5)),
                T.plus(Duration.ofMinutes(10)));
        assertThat(trail.get(0).before()).isEmpty();
        assertThat(trail.get(0).after()).startsWith("status=HALTED; reason=venue outage");
        assertThat(trail.get(1).before()).isEqualTo(trail.get(0).after());
        assertThat(trail.get(1).after()).startsWith("status=REDUCING; reason=deleveraging");
        assertThat(trail.get(2).after()).startsWith("status=ACTIVE").contains("resumedBy=ops-carol");
    }

    @Test
    void aHaltRaisesOneCriticalAlertInItsUnitOfWork() {
        TradingState halted = halt().halt(new HaltTrading.Command(account, "venue outage", "ops-alice"));

        List<Alert> open = store.alerts().findOpen(account);
        assertThat(open).hasSize(1);
        Alert alert = open.get(0);
        assertThat(alert.key()).isEqualTo(AlertKey.of("halt", "1"));
        assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(alert.source()).isEqualTo(HaltTrading.SOURCE);
        assertThat(alert.message()).contains("venue outage").contains("ops-alice");
        assertThat(alert.raisedAt()).isEqualTo(halted.changedAt());
        // reducing and resuming raise nothing
        resume().resume(new ResumeTrading.Command(account, "ops"));
        reduce().reduceOnly(new RestrictToReducing.Command(account, "deleveraging", "ops"));
        assertThat(store.alerts().findOpen(account)).containsExactly(alert);
    }

    @Test
    void aDrawdownHaltIsAuditedAndAlertedToo() {
        new AccountBook(store, account).closeWith("-60", "0", T.minus(Duration.ofHours(1)));
        PreTradeRiskCheck check = new PreTradeRiskCheck(store.riskSnapshots(), store.tradingStates(), clock,
                RiskLimits.builder().startingCapital(Money.of("100")).maxDrawdownPercent(new BigDecimal("50")).build());
        RiskDecision decision = check.evaluate(new ProposedOrder(account, Ids.condition(), null, Ids.token(), Side.BUY,
                Quantity.of("1"), Price.of("0.5")));

        new DrawdownHalt(new HaltTrading(store.tradingStates(), store.auditTrail(), store.alerts(), store.unitOfWork(),
                clock), "risk-engine").haltIfBreached(decision).orElseThrow();

        assertThat(store.alerts().findOpen(account)).singleElement()
                .satisfies(a -> assertThat(a.message()).contains("risk-engine").contains("drawdown"));
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).singleElement()
                .satisfies(e -> assertThat(e.changedBy()).isEqualTo("risk-engine"));
    }

    @Test
    void aHaltThatFailsLeavesNoStateNoAuditAndNoAlert() {
        HaltTrading halting = halt();
        assertThatThrownBy(() -> store.unitOfWork().run(() -> {
            halting.halt(new HaltTrading.Command(account, "venue outage", "ops"));
            throw new IllegalStateException("crash after the halt, before commit");
        })).hasMessageContaining("crash");

        assertThat(store.tradingStates().find(account)).isEmpty();
        assertThat(store.auditTrail().findByAccount(account, Instant.MIN, Instant.MAX)).isEmpty();
        assertThat(store.alerts().findOpen(account)).isEmpty();
    }
}
