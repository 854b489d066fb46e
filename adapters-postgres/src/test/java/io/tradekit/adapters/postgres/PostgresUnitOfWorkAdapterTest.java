package io.tradekit.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresUnitOfWorkAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final Instant AT = Instant.parse("2024-02-02T00:00:00Z");
    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());

    private Position position(String id) {
        return Position.open(PositionId.of(id), account, ConditionId.of("c"), TokenId.of("t-" + id), null,
                PositionSide.LONG, Quantity.of("1"), Price.of("0.5"), Money.ZERO, AT);
    }

    /**
     * Issue 9 case 6: a unit whose connection was terminated could only say "Connection is closed: JDBC rollback
     * failed". The failure that caused the rollback is what the caller gets; the rollback's own is attached to it.
     */
    @Test
    void aRollbackOnATerminatedConnectionReportsTheFailureThatCausedIt() {
        RuntimeException cause = new IllegalStateException("the bot's work failed");

        assertThatThrownBy(() -> db.store().unitOfWork().run(() -> {
            db.store().positions().insert(position("rb"));
            java.sql.Connection mine = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(
                    db.store().dataSource());
            try (java.sql.Statement s = mine.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT pg_backend_pid()");
                    java.sql.Connection other = db.server().connect();
                    java.sql.Statement kill = other.createStatement()) {
                rs.next();
                kill.execute("SELECT pg_terminate_backend(" + rs.getInt(1) + ")");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            throw cause;
        })).isSameAs(cause).satisfies(e -> assertThat(e.getSuppressed()).isNotEmpty());
        assertThat(db.store().positions().findById(account, PositionId.of("rb"))).isEmpty();
    }

    @Test
    void commitsEveryWriteTogether() {
        db.store().unitOfWork().run(() -> {
            db.store().positions().insert(position("a"));
            db.store().watermarks().advance(account, ConsumerId.of("c"), "k", WatermarkPosition.of(AT, "x"));
        });

        assertThat(db.store().positions().findById(account, PositionId.of("a"))).isPresent();
        assertThat(db.store().watermarks().find(account, ConsumerId.of("c"), "k")).isPresent();
    }

    @Test
    void aFailureMidwayLeavesNothingBehind() {
        Position stored = db.store().positions().insert(position("b"));

        assertThatThrownBy(() -> db.store().unitOfWork().run(() -> {
            db.store().positions().insert(position("c"));
            db.store().watermarks().advance(account, ConsumerId.of("c"), "k2", WatermarkPosition.of(AT, "x"));
            db.store().tradingStates().save(TradingState.initial(account).halt("x", "ops", AT));
            db.store().positions().update(stored.markToMarket(Price.of("0.6"), AT));
            db.store().positions().update(stored.markToMarket(Price.of("0.7"), AT)); // stale: throws
        })).isInstanceOf(StaleVersionException.class);

        assertThat(db.store().positions().findById(account, PositionId.of("c"))).isEmpty();
        assertThat(db.store().watermarks().find(account, ConsumerId.of("c"), "k2")).isEmpty();
        assertThat(db.store().tradingStates().find(account)).isEmpty();
        assertThat(db.store().positions().findById(account, stored.id())).contains(stored);
    }

    @Test
    void aNestedFailureThatTheOuterWorkSwallowsStillRollsEverythingBack() {
        IllegalStateException inner = new IllegalStateException("inner fails");

        assertThatThrownBy(() -> db.store().unitOfWork().run(() -> {
            db.store().positions().insert(position("outer"));
            assertThatThrownBy(() -> db.store().unitOfWork().run(() -> {
                db.store().positions().insert(position("inner"));
                throw inner;
            })).isSameAs(inner);
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("swallowed").hasCause(inner);

        assertThat(db.store().positions().findById(account, PositionId.of("outer"))).isEmpty();
        assertThat(db.store().positions().findById(account, PositionId.of("inner"))).isEmpty();
        // the thread is clean again: the next unit commits
        db.store().unitOfWork().run(() -> db.store().positions().insert(position("after")));
        assertThat(db.store().positions().findById(account, PositionId.of("after"))).isPresent();
    }

    @Test
    void returnsTheWorksResult() {
        int answer = db.store().unitOfWork().inTransaction(() -> 42);

        assertThat(answer).isEqualTo(42);
    }
}
