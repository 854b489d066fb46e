package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.limits.RiskLimitSettings;
import io.tradekit.domain.limits.RiskLimitSettingsRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RiskLimitSettingsRepository} must do: exact round trips, optimistic saves, account scoping. */
public abstract class RiskLimitSettingsRepositoryContract {
    protected abstract JournalStoreUnderTest store();

    private RiskLimitSettingsRepository limits;
    private AccountId account;

    @BeforeEach
    void setUpStore() {
        limits = store().riskLimitSettings();
        account = Ids.account();
    }

    static RiskLimitSettings full(AccountId account) {
        return new RiskLimitSettings(account, Money.of("10000"), Money.of("250.5"), true, Money.of("5000"), 40L, 12L,
                Money.of("1500"), Money.of("3000"), Money.of("400"), 3, Duration.ofMinutes(90).plusNanos(1_000),
                new BigDecimal("20.5"), ZoneId.of("America/New_York"), LocalTime.of(9, 30, 0, 123_000), "ops-anna",
                Instants.at("2026-03-01T12:00:00.000001Z"), 0);
    }

    static RiskLimitSettings none(AccountId account) {
        return new RiskLimitSettings(account, null, null, false, null, null, null, null, null, null, null, null, null,
                ZoneOffset.UTC, LocalTime.MIDNIGHT, "ops", Instants.T0, 0);
    }

    @Test
    void roundTripsEveryLimit() {
        RiskLimitSettings saved = limits.save(full(account));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(limits.find(account)).contains(saved);
    }

    @Test
    void roundTripsNoLimitsAtAll() {
        RiskLimitSettings saved = limits.save(none(account));
        assertThat(limits.find(account)).contains(saved);
    }

    @Test
    void aSaveOverTheCurrentVersionReplacesAndAStaleOneIsRefused() {
        RiskLimitSettings first = limits.save(none(account));
        RiskLimitSettings second = limits.save(full(account).replacing(first.version(), "ops-bob", Instants.T0));
        assertThat(second.version()).isEqualTo(2);
        assertThat(limits.find(account)).contains(second);

        assertThatThrownBy(() -> limits.save(none(account).replacing(first.version(), "late", Instants.T0)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> limits.save(none(account))).isInstanceOf(StaleVersionException.class);
        assertThat(limits.find(account)).contains(second);
    }

    @Test
    void racingFirstSavesHaveExactlyOneWinner() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> {
            try {
                limits.save(none(account));
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });
        assertThat(results).containsOnlyOnce(true);
        assertThat(limits.find(account).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void eachAccountHasItsOwnLimits() {
        AccountId other = Ids.account();
        RiskLimitSettings mine = limits.save(full(account));
        RiskLimitSettings theirs = limits.save(none(other));
        assertThat(limits.find(account)).contains(mine);
        assertThat(limits.find(other)).contains(theirs);
        assertThat(limits.find(Ids.account())).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkLeavesTheLimitsAsTheyWere() {
        RiskLimitSettings first = limits.save(none(account));
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            limits.save(full(account).replacing(first.version(), "x", Instants.T0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(limits.find(account)).contains(first);
    }
}
