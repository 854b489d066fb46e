package io.tradekit.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradingStateTest {
    static final AccountId ACCOUNT = AccountId.of("bot-1");
    static final Instant HALTED_AT = Instant.parse("2026-03-01T14:30:00Z");
    static final Instant RESUMED_AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anAccountNeverStoredIsActive() {
        TradingState initial = TradingState.initial(ACCOUNT);

        assertThat(initial.status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(initial.reasonText()).isEmpty();
        assertThat(initial.changedBy()).isNull();
        assertThat(initial.changedAt()).isNull();
        assertThat(initial.resumedBy()).isNull();
        assertThat(initial.resumedAt()).isNull();
        assertThat(initial.version()).isZero();
    }

    @Test
    void aHaltRecordsWhyWhoAndWhen() {
        TradingState halted = TradingState.initial(ACCOUNT).halt("daily loss 45.50 > limit 40.00", "risk-engine",
                HALTED_AT);

        assertThat(halted.status()).isEqualTo(TradingStatus.HALTED);
        assertThat(halted.reasonText()).contains("daily loss 45.50 > limit 40.00");
        assertThat(halted.changedBy()).isEqualTo("risk-engine");
        assertThat(halted.changedAt()).isEqualTo(HALTED_AT);
        assertThat(halted.accountId()).isEqualTo(ACCOUNT);
    }

    @Test
    void reduceOnlyRecordsWhyWhoAndWhen() {
        TradingState reducing = TradingState.initial(ACCOUNT).reduceOnly("exposure review", "ops@desk", HALTED_AT);

        assertThat(reducing.status()).isEqualTo(TradingStatus.REDUCING);
        assertThat(reducing.reasonText()).contains("exposure review");
        assertThat(reducing.changedBy()).isEqualTo("ops@desk");
        assertThat(reducing.changedAt()).isEqualTo(HALTED_AT);
    }

    @Test
    void resumeLiftsAHaltAndRecordsWhoAndWhenKeepingTheHaltOnRecord() {
        TradingState resumed = TradingState.initial(ACCOUNT)
                .halt("drawdown 12% from peak", "risk-engine", HALTED_AT)
                .resume("alice", RESUMED_AT);

        assertThat(resumed.status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(resumed.resumedBy()).isEqualTo("alice");
        assertThat(resumed.resumedAt()).isEqualTo(RESUMED_AT);
        // the last halt stays on record for the audit
        assertThat(resumed.reasonText()).contains("drawdown 12% from peak");
        assertThat(resumed.changedBy()).isEqualTo("risk-engine");
        assertThat(resumed.changedAt()).isEqualTo(HALTED_AT);
    }

    @Test
    void resumeLiftsReducingToo() {
        TradingState resumed = TradingState.initial(ACCOUNT).reduceOnly("review", "ops", HALTED_AT)
                .resume("ops", RESUMED_AT);

        assertThat(resumed.status()).isEqualTo(TradingStatus.ACTIVE);
    }

    @Test
    void resumingAnActiveAccountIsIllegal() {
        assertThatThrownBy(() -> TradingState.initial(ACCOUNT).resume("alice", RESUMED_AT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("cannot resume account bot-1: it is already ACTIVE");
        TradingState resumedOnce = TradingState.initial(ACCOUNT).halt("x", "risk", HALTED_AT).resume("a", RESUMED_AT);
        assertThatThrownBy(() -> resumedOnce.resume("a", RESUMED_AT))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aHaltedAccountCanBeSwitchedToReducingOrHaltedAgainWithANewReason() {
        TradingState halted = TradingState.initial(ACCOUNT).halt("first", "risk", HALTED_AT);

        TradingState reducing = halted.reduceOnly("loss recovered", "ops", RESUMED_AT);
        TradingState haltedAgain = reducing.halt("second", "risk", RESUMED_AT.plusSeconds(60));

        assertThat(reducing.status()).isEqualTo(TradingStatus.REDUCING);
        assertThat(reducing.reasonText()).contains("loss recovered");
        assertThat(haltedAgain.status()).isEqualTo(TradingStatus.HALTED);
        assertThat(haltedAgain.reasonText()).contains("second");
        assertThat(haltedAgain.changedAt()).isEqualTo(RESUMED_AT.plusSeconds(60));
    }

    @Test
    void aBlankReasonIsRejected() {
        TradingState active = TradingState.initial(ACCOUNT);

        for (String blank : new String[] {null, "", "   ", "\t\n"}) {
            assertThatThrownBy(() -> active.halt(blank, "risk", HALTED_AT))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("reason: must not be blank");
            assertThatThrownBy(() -> active.reduceOnly(blank, "risk", HALTED_AT))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("reason: must not be blank");
        }
    }

    @Test
    void whoAndWhenAreRequired() {
        TradingState active = TradingState.initial(ACCOUNT);
        TradingState halted = active.halt("why", "risk", HALTED_AT);

        assertThatThrownBy(() -> active.halt("why", null, HALTED_AT)).hasMessage("changedBy: must not be null");
        assertThatThrownBy(() -> active.halt("why", "", HALTED_AT)).hasMessage("changedBy: must not be blank");
        assertThatThrownBy(() -> active.halt("why", "risk", null)).hasMessage("changedAt: must not be null");
        assertThatThrownBy(() -> halted.resume(null, RESUMED_AT)).hasMessage("resumedBy: must not be null");
        assertThatThrownBy(() -> halted.resume(" ", RESUMED_AT))
                .hasMessageStartingWith("resumedBy: must be printable ASCII");
        assertThatThrownBy(() -> halted.resume("alice", null)).hasMessage("resumedAt: must not be null");
    }

    @Test
    void theConstructorRefusesStatesNoTransitionProduces() {
        // storage rebuilds through the constructor: a HALTED row without its reason, author or time is corrupt
        assertThatThrownBy(() -> new TradingState(ACCOUNT, TradingStatus.HALTED, null, "risk", HALTED_AT, null, null, 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("reason: a HALTED state records its reason, who set it and when");
        assertThatThrownBy(() -> new TradingState(ACCOUNT, TradingStatus.REDUCING, "why", null, HALTED_AT, null, null, 1))
                .hasMessage("reason: a REDUCING state records its reason, who set it and when");
        assertThatThrownBy(() -> new TradingState(ACCOUNT, TradingStatus.HALTED, "why", "risk", null, null, null, 1))
                .isInstanceOf(InvalidValueException.class);
        // a resume is both who and when
        assertThatThrownBy(() -> new TradingState(ACCOUNT, TradingStatus.ACTIVE, null, null, null, "alice", null, 1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("resumedBy: a resume records both who and when");
        assertThatThrownBy(() -> new TradingState(ACCOUNT, TradingStatus.ACTIVE, null, null, null, null, RESUMED_AT, 1))
                .hasMessage("resumedBy: a resume records both who and when");
        assertThatThrownBy(() -> new TradingState(ACCOUNT, TradingStatus.ACTIVE, null, null, null, null, null, -1))
                .hasMessage("version: must not be negative, got -1");
        assertThatThrownBy(() -> new TradingState(null, TradingStatus.ACTIVE, null, null, null, null, null, 0))
                .hasMessage("accountId: must not be null");
        assertThatThrownBy(() -> new TradingState(ACCOUNT, null, null, null, null, null, null, 0))
                .hasMessage("status: must not be null");
    }

    @Test
    void transitionsKeepTheVersionTheStoreBumpsIt() {
        TradingState stored = TradingState.initial(ACCOUNT).withVersion(4);

        TradingState halted = stored.halt("why", "risk", HALTED_AT);
        assertThat(halted.version()).isEqualTo(4);
        assertThat(halted.resume("alice", RESUMED_AT).version()).isEqualTo(4);
        assertThat(stored.reduceOnly("why", "risk", HALTED_AT).version()).isEqualTo(4);
        // withVersion changes the version only
        assertThat(halted.withVersion(5)).isEqualTo(new TradingState(ACCOUNT, TradingStatus.HALTED, "why", "risk",
                HALTED_AT, null, null, 5));
    }

    @Test
    void timesAreKeptToTheMicrosecond() {
        TradingState halted = TradingState.initial(ACCOUNT).halt("why", "risk",
                Instant.parse("2026-03-01T14:30:00.000000999Z"));

        assertThat(halted.changedAt()).isEqualTo(HALTED_AT);
        assertThat(halted.resume("alice", Instant.parse("2026-03-02T09:00:00.000000999Z")).resumedAt())
                .isEqualTo(RESUMED_AT);
    }
}
