package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.alert.Alert;
import io.tradekit.domain.alert.AlertKey;
import io.tradekit.domain.alert.AlertRepository;
import io.tradekit.domain.alert.AlertSeverity;
import io.tradekit.domain.alert.AlertStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertRepository} must do: raising is idempotent by (account, key), even racing; acknowledge
 * and resolve are optimistic; the open alerts come oldest first; every read is scoped to its account.
 */
public abstract class AlertRepositoryContract {
    protected abstract JournalStoreUnderTest store();

    private AlertRepository alerts;
    private AccountId account;

    @BeforeEach
    void setUpStore() {
        alerts = store().alerts();
        account = Ids.account();
    }

    private Alert alert(String key, int second) {
        return Alert.raise(account, AlertKey.of(key), AlertSeverity.WARNING, "tradekit-test", "something to look at",
                Map.of("loss", new BigDecimal("45.5"), "limit", new BigDecimal("40")), Instants.T0.plusSeconds(second));
    }

    @Test
    void roundTripsEveryFieldAtVersionOne() {
        Alert a = Alert.raise(account, AlertKey.of("halt", "7"), AlertSeverity.CRITICAL, "HaltTrading",
                "trading halted: drawdown 25 % \u2265 20 %\nsecond line", Map.of("drawdown", new BigDecimal("0.25"),
                        "peak", new BigDecimal("1234.56789012"), "zero", BigDecimal.ZERO),
                Instants.at("2026-03-01T12:00:00.000001Z"));
        assertThat(alerts.raiseIfAbsent(a)).isTrue();
        assertThat(alerts.find(account, a.key())).contains(a.withVersion(1));
    }

    @Test
    void anAlertWithoutFiguresRoundTrips() {
        Alert a = Alert.raise(account, AlertKey.of(Ids.unique("k")), AlertSeverity.INFO, "test", "fyi", Map.of(),
                Instants.T0);
        alerts.raiseIfAbsent(a);
        assertThat(alerts.find(account, a.key())).contains(a.withVersion(1));
    }

    @Test
    void raisingTheSameKeyAgainKeepsTheFirst() {
        Alert first = alert("single-leg:t1", 0);
        Alert again = Alert.raise(account, first.key(), AlertSeverity.INFO, "other", "other text", Map.of(),
                Instants.T0.plusSeconds(9));
        assertThat(alerts.raiseIfAbsent(first)).isTrue();
        assertThat(alerts.raiseIfAbsent(again)).isFalse();
        assertThat(alerts.find(account, first.key())).contains(first.withVersion(1));
        assertThat(alerts.findOpen(account)).containsExactly(first.withVersion(1));
    }

    @Test
    void racingRaisesOfOneKeyStoreOne() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> alerts.raiseIfAbsent(alert("race", i)));
        assertThat(results).containsOnlyOnce(true);
        assertThat(alerts.findOpen(account)).hasSize(1);
    }

    @Test
    void acknowledgedThenResolvedWithWhoAndWhen() {
        Alert a = alert("k1", 0);
        alerts.raiseIfAbsent(a);
        Alert stored = alerts.find(account, a.key()).orElseThrow();

        Alert acked = alerts.update(stored.acknowledge("ops-anna", Instants.T0.plusSeconds(60)));
        assertThat(acked.version()).isEqualTo(2);
        assertThat(alerts.find(account, a.key())).contains(acked);
        assertThat(acked.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
        assertThat(alerts.findOpen(account)).containsExactly(acked);

        Alert resolved = alerts.update(acked.resolve("ops-bob", Instants.T0.plusSeconds(120)));
        assertThat(alerts.find(account, a.key())).contains(resolved);
        assertThat(resolved.acknowledgedBy()).isEqualTo("ops-anna");
        assertThat(resolved.resolvedBy()).isEqualTo("ops-bob");
        assertThat(resolved.resolvedAt()).isEqualTo(Instants.T0.plusSeconds(120));
        assertThat(alerts.findOpen(account)).isEmpty();
    }

    @Test
    void aStaleChangeIsRefusedAndTheFirstStays() {
        Alert a = alert("k2", 0);
        alerts.raiseIfAbsent(a);
        Alert stored = alerts.find(account, a.key()).orElseThrow();
        Alert first = alerts.update(stored.acknowledge("one", Instants.T0.plusSeconds(1)));

        assertThatThrownBy(() -> alerts.update(stored.resolve("two", Instants.T0.plusSeconds(2))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(alerts.find(account, a.key())).contains(first);
    }

    @Test
    void racingResolversHaveExactlyOneWinner() {
        Alert a = alert("k3", 0);
        alerts.raiseIfAbsent(a);
        Alert stored = alerts.find(account, a.key()).orElseThrow();
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> {
            try {
                alerts.update(stored.resolve("ops-" + i, Instants.T0.plusSeconds(i)));
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });
        assertThat(results).containsOnlyOnce(true);
        assertThat(alerts.find(account, a.key()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void openAlertsComeOldestFirstThenByKey() {
        Alert late = alert("a-late", 10);
        Alert earlyB = alert("b-early", 0);
        Alert earlyA = alert("a-early", 0);
        Alert resolved = alert("resolved", 5);
        for (Alert a : List.of(late, earlyB, earlyA, resolved)) {
            alerts.raiseIfAbsent(a);
        }
        alerts.update(alerts.find(account, resolved.key()).orElseThrow().resolve("x", Instants.T0.plusSeconds(6)));

        assertThat(alerts.findOpen(account)).containsExactly(earlyA.withVersion(1), earlyB.withVersion(1),
                late.withVersion(1));
    }

    @Test
    void eachAccountHasItsOwnAlerts() {
        AccountId other = Ids.account();
        Alert mine = alert("same-key", 0);
        Alert theirs = Alert.raise(other, mine.key(), AlertSeverity.INFO, "x", "theirs", Map.of(), Instants.T0);
        assertThat(alerts.raiseIfAbsent(mine)).isTrue();
        assertThat(alerts.raiseIfAbsent(theirs)).isTrue();
        assertThat(alerts.find(other, mine.key())).contains(theirs.withVersion(1));
        assertThat(alerts.findOpen(other)).containsExactly(theirs.withVersion(1));
        assertThat(alerts.findOpen(Ids.account())).isEmpty();
        assertThat(alerts.find(Ids.account(), mine.key())).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkLeavesNoAlert() {
        Alert a = alert("rolled-back", 0);
        assertThatThrownBy(() -> store().unitOfWork().run(() -> {
            alerts.raiseIfAbsent(a);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(alerts.find(account, a.key())).isEmpty();
        assertThat(alerts.raiseIfAbsent(a)).isTrue();
    }
}
