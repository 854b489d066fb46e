package io.tradekit.adapters.postgres.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.adapters.postgres.FreshPostgresStore;
import io.tradekit.adapters.postgres.Race;
import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionClose;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.position.PositionSide;
import io.tradekit.domain.position.PositionStatus;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the PostgreSQL adapter adds to the contract: its own edge cases, races and SQL-specific checks. */
class PostgresPositionRepositoryAdapterTest {
    @RegisterExtension
    static final FreshPostgresStore db = new FreshPostgresStore();

    private static final Instant T0 = Instant.parse("2024-09-01T00:00:00.000001Z");
    private final AccountId account = AccountId.of("acct-" + UUID.randomUUID());

    private PositionRepository positions() {
        return db.store().positions();
    }

    private Position open(String id, String condition, String token, String qty, String price, String fee, Instant at) {
        return Position.open(PositionId.of(id), account, ConditionId.of(condition), TokenId.of(token),
                EventId.of("ev"), PositionSide.LONG, Quantity.of(qty), Price.of(price), Money.of(fee), at);
    }

    /** Opens at cost 10 x entry and closes at exit with fee; net = 10 x (exit - entry) - fee. */
    private Position closed(String id, String condition, String entry, String exit, String fee, Instant closedAt) {
        Position p = positions().insert(open(id, condition, "tok-" + id, "10", entry, "0", closedAt.minusSeconds(60)));
        return positions().update(p.close(Price.of(exit), Money.of(fee), closedAt));
    }

    @Test
    void roundTripsEveryFieldThroughEachTransition() {
        Position opened = Position.open(PositionId.of("p1"), account, ConditionId.of("c"), TokenId.of("t"), null,
                PositionSide.SHORT, Quantity.of("3"), Price.of("25000.5"), Money.of("0.75"), T0);

        Position stored = positions().insert(opened);
        assertThat(stored).isEqualTo(opened);
        assertThat(positions().findById(account, opened.id())).contains(opened);

        Position increased = positions().update(stored.increase(Quantity.of("1"), Price.of("24000"), Money.of("0.25"),
                T0.plusSeconds(1)));
        assertThat(increased.version()).isEqualTo(1);
        Position marked = positions().update(increased.markToMarket(Price.of("23000.12345678"), T0.plusSeconds(2)));
        Position reduced = positions().update(marked.reduce(Quantity.of("1.5"), Price.of("23500"), Money.of("0.1"),
                T0.plusSeconds(3)));
        assertThat(positions().findById(account, opened.id())).contains(reduced);
        assertThat(reduced.version()).isEqualTo(3);

        Position settled = positions().update(reduced.settleAt(Price.of("22000"), T0.plusSeconds(4)));
        Position read = positions().findById(account, opened.id()).orElseThrow();
        assertThat(read).isEqualTo(settled);
        assertThat(read.status()).isEqualTo(PositionStatus.SETTLED);
        assertThat(read.closedAt()).contains(T0.plusSeconds(4));
        assertThat(read.eventId()).isEmpty();
    }

    @Test
    void aTakenIdOrASecondOpenPositionInATokenIsADuplicate() {
        positions().insert(open("d1", "c", "t", "1", "0.5", "0", T0));

        assertThatThrownBy(() -> positions().insert(open("d1", "c", "other", "1", "0.5", "0", T0)))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("d1");
        assertThatThrownBy(() -> positions().insert(open("d2", "c", "t", "1", "0.5", "0", T0)))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("open position");
        assertThat(positions().findById(account, PositionId.of("d2"))).isEmpty();
    }

    @Test
    void aDuplicateInsideAUnitOfWorkLeavesTheTransactionUsable() {
        positions().insert(open("u1", "c", "ut", "1", "0.5", "0", T0));

        Position other = db.store().unitOfWork().inTransaction(() -> {
            assertThatThrownBy(() -> positions().insert(open("u2", "c", "ut", "1", "0.5", "0", T0)))
                    .isInstanceOf(DuplicateKeyException.class);
            return positions().insert(open("u3", "c", "ut-other", "1", "0.5", "0", T0));
        });

        assertThat(positions().findById(account, other.id())).contains(other);
    }

    @Test
    void afterAClosePositionInTheSameTokenMayOpenAgain() {
        Position first = positions().insert(open("r1", "c", "rt", "2", "0.4", "0", T0));
        positions().update(first.close(Price.of("0.6"), Money.ZERO, T0.plusSeconds(1)));

        Position second = positions().insert(open("r2", "c", "rt", "1", "0.5", "0", T0.plusSeconds(2)));

        assertThat(positions().findOpenByToken(account, TokenId.of("rt"))).contains(second);
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        Position v0 = positions().insert(open("s1", "c", "st", "2", "0.4", "0", T0));
        Position v1 = positions().update(v0.markToMarket(Price.of("0.45"), T0.plusSeconds(1)));

        assertThatThrownBy(() -> positions().update(v0.markToMarket(Price.of("0.9"), T0.plusSeconds(2))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(positions().findById(account, v0.id())).contains(v1);
    }

    @Test
    void eightRacingUpdatesOfOneVersionLetExactlyOneThrough() throws Exception {
        Position v0 = positions().insert(open("race", "c", "race-t", "100", "0.5", "0", T0));

        List<Boolean> won = Race.run(8, i -> {
            try {
                positions().update(v0.reduce(Quantity.of("1"), Price.of("0.6"), Money.ZERO, T0.plusSeconds(i + 1)));
                return true;
            } catch (StaleVersionException e) {
                return false;
            }
        });

        assertThat(won).containsOnlyOnce(true);
        Position read = positions().findById(account, v0.id()).orElseThrow();
        assertThat(read.size()).isEqualTo(Quantity.of("99"));
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void eightRacingOpensInOneTokenLeaveOneOpenPosition() throws Exception {
        List<Boolean> opened = Race.run(8, i -> {
            try {
                positions().insert(open("ro-" + i, "c", "ro-t", "1", "0.5", "0", T0));
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        });

        assertThat(opened).containsOnlyOnce(true);
        assertThat(positions().findOpenByAccount(account)).hasSize(1);
    }

    @Test
    void openQueriesSeeOnlyTheAccountsOpenPositions() {
        Position a = positions().insert(open("o1", "m1", "m1-yes", "1", "0.5", "0", T0));
        Position b = positions().insert(open("o2", "m1", "m1-no", "1", "0.5", "0", T0.plusSeconds(1)));
        Position c = positions().insert(open("o3", "m2", "m2-yes", "1", "0.5", "0", T0.plusSeconds(2)));
        Position done = positions().insert(open("o4", "m1", "m1-x", "1", "0.5", "0", T0));
        positions().update(done.close(Price.of("0.5"), Money.ZERO, T0.plusSeconds(3)));
        AccountId other = AccountId.of("other-" + UUID.randomUUID());
        positions().insert(Position.open(PositionId.of("o1"), other, ConditionId.of("m1"), TokenId.of("m1-yes"), null,
                PositionSide.LONG, Quantity.of("1"), Price.of("0.5"), Money.ZERO, T0));

        assertThat(positions().findOpenByAccount(account)).containsExactly(a, b, c);
        assertThat(positions().findOpenByCondition(account, ConditionId.of("m1"))).containsExactly(a, b);
        assertThat(positions().findOpenByToken(account, TokenId.of("m2-yes"))).contains(c);
        assertThat(positions().findOpenByToken(account, TokenId.of("m1-x"))).isEmpty();
        assertThat(positions().findById(other, PositionId.of("o1")).orElseThrow().accountId()).isEqualTo(other);
    }

    @Test
    void summarizesClosesByNetPnlInTheWindow() {
        // net: +2.0 - 0.1 = 1.9 ; -1.0 - 0.2 = -1.2 ; +0.3 - 0.3 = 0 ; +5.0 - 0 = 5.0 ; -3.0 - 0 = -3.0 (other market)
        closed("w1", "m", "0.4", "0.6", "0.1", T0.plusSeconds(10));
        closed("w2", "m", "0.5", "0.4", "0.2", T0.plusSeconds(20));
        closed("w3", "m", "0.5", "0.53", "0.3", T0.plusSeconds(30));
        closed("w4", "m", "0.1", "0.6", "0", T0.plusSeconds(40));
        closed("w5", "n", "0.8", "0.5", "0", T0.plusSeconds(50));
        closed("late", "m", "0.1", "0.9", "0", T0.plusSeconds(100)); // outside [from, to)
        positions().insert(open("still-open", "m", "so", "1", "0.5", "0", T0));

        CloseSummary all = positions().summarizeCloses(CloseQuery.of(account, T0.plusSeconds(10), T0.plusSeconds(100)));

        assertThat(all).isEqualTo(new CloseSummary(5, 2, 2, 1, Money.of("2.7"), Money.of("6.9"), Money.of("4.2"),
                Money.of("5.0"), Money.of("3.0")));
        CloseSummary market = positions().summarizeCloses(new CloseQuery(account, T0.plusSeconds(10),
                T0.plusSeconds(100), Optional.of(ConditionId.of("m"))));
        assertThat(market).isEqualTo(new CloseSummary(4, 2, 1, 1, Money.of("5.7"), Money.of("6.9"), Money.of("1.2"),
                Money.of("5.0"), Money.of("1.2")));
        CloseSummary none = positions().summarizeCloses(CloseQuery.of(account, T0.plusSeconds(101), T0.plusSeconds(200)));
        assertThat(none).isEqualTo(CloseSummary.EMPTY);
    }

    @Test
    void streamsClosesInClosedTimeThenIdOrder() {
        Instant same = T0.plusSeconds(1000);
        closed("zb", "m", "0.4", "0.6", "0", same);
        closed("za", "m", "0.4", "0.3", "0", same);
        closed("zB", "m", "0.4", "0.5", "0", same);
        closed("y", "m", "0.4", "0.5", "0", same.minusNanos(1000));

        List<String> ids = new ArrayList<>();
        positions().forEachClose(CloseQuery.of(account, same.minusSeconds(1), same.plusSeconds(1)),
                c -> ids.add(c.positionId().value()));

        assertThat(ids).containsExactly("y", "zB", "za", "zb");
    }

    @Test
    void streamsManyClosesAndLetsTheConsumersFailurePassUnchanged() {
        Instant start = T0.plusSeconds(5000);
        db.store().unitOfWork().run(() -> {
            for (int i = 0; i < 2500; i++) {
                Position p = Position.open(PositionId.of(String.format("many-%05d", i)), account, ConditionId.of("many"),
                        TokenId.of("many-" + i), null, PositionSide.LONG, Quantity.of("1"), Price.of("0.5"), Money.ZERO,
                        start);
                positions().insert(p.close(Price.of("0.5"), Money.of("0.01"), start.plusSeconds(i)));
            }
        });
        CloseQuery query = new CloseQuery(account, start, start.plusSeconds(10_000), Optional.of(ConditionId.of("many")));
        List<PositionClose> seen = new ArrayList<>();

        positions().forEachClose(query, seen::add);

        assertThat(seen).hasSize(2500);
        assertThat(seen.get(2499).closedAt()).isEqualTo(start.plusSeconds(2499));
        assertThat(seen.get(0).netPnl()).isEqualTo(Money.of("-0.01"));
        IllegalStateException stop = new IllegalStateException("consumer gave up");
        assertThatThrownBy(() -> positions().forEachClose(query, c -> {
            throw stop;
        })).isSameAs(stop);
        // inside a unit of work it reads in the caller's transaction; a consumer failure the caller
        // handles does not doom that transaction
        int[] count = {0};
        Position kept = open("kept", "c", "kept-t", "1", "0.5", "0", T0);
        db.store().unitOfWork().run(() -> {
            positions().forEachClose(query, c -> count[0]++);
            assertThatThrownBy(() -> positions().forEachClose(query, c -> {
                throw stop;
            })).isSameAs(stop);
            positions().insert(kept);
        });
        assertThat(count[0]).isEqualTo(2500);
        assertThat(positions().findById(account, kept.id())).contains(kept);
    }
}
