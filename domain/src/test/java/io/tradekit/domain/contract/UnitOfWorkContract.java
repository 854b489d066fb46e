package io.tradekit.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStatus;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.testdata.Ids;
import io.tradekit.domain.testdata.Instants;
import io.tradekit.domain.testdata.Ledgers;
import io.tradekit.domain.testdata.Positions;
import io.tradekit.domain.testdata.Prints;
import io.tradekit.domain.testdata.Trades;
import io.tradekit.domain.testdata.Triggers;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.WatermarkPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnitOfWork} must do: writes to several repositories become visible together, and a
 * failure anywhere inside (nested blocks included) leaves nothing behind, the failure propagating unchanged.
 */
public abstract class UnitOfWorkContract {
    /** The store under test; called once per test. */
    protected abstract StoreUnderTest store();

    private StoreUnderTest s;
    private UnitOfWork uow;
    private AccountId account;
    private ConditionId market;
    private TokenId yes;
    private ConsumerId consumer;
    private String stream;

    @BeforeEach
    void setUpStore() {
        s = store();
        uow = s.unitOfWork();
        account = Ids.account();
        market = Ids.condition();
        yes = Ids.token();
        consumer = Ids.consumer();
        stream = Ids.unique("stream");
    }

    /** One of everything, written through every repository. */
    private final class Writes {
        final MarketTrade print = Prints.print().condition(market).token(yes).price("0.97").build();
        final Trade trade = Trades.trade(account).build();
        final Position position = Positions.open(account).condition(market).token(yes).build();
        final Trigger trigger = Triggers.trigger(account, market, yes, "0.95");
        final WatermarkPosition mark = print.position();
        final TradingState halted = TradingState.initial(account).halt("test", "uow-contract", Instants.T0);

        void writeAll() {
            assertThat(s.marketTrades().insertIfAbsent(print)).isTrue();
            assertThat(s.trades().insertIfAbsent(trade)).isTrue();
            Position stored = s.positions().insert(position);
            s.positions().update(stored.markToMarket(Price.of("0.97"), Instants.T0.plusSeconds(1)));
            assertThat(s.triggers().createIfFirst(trigger)).isTrue();
            assertThat(s.watermarks().advance(account, consumer, stream, mark)).isTrue();
            s.tradingStates().save(halted);
        }

        void assertNoneVisible() {
            assertThat(s.marketTrades().findById(print.tradeId())).isEmpty();
            assertThat(s.marketTrades().findAfter(market, Optional.empty(), 10)).isEmpty();
            assertThat(s.trades().find(account, trade.clientTradeId())).isEmpty();
            assertThat(s.positions().findById(account, position.id())).isEmpty();
            assertThat(s.positions().findOpenByToken(account, yes)).isEmpty();
            assertThat(s.positions().findOpenByAccount(account)).isEmpty();
            assertThat(s.triggers().findByCondition(account, market, trigger.threshold())).isEmpty();
            assertThat(s.triggers().findByToken(account, yes, trigger.threshold())).isEmpty();
            assertThat(s.triggers().findByAccount(account)).isEmpty();
            assertThat(s.watermarks().find(account, consumer, stream)).isEmpty();
            assertThat(s.tradingStates().find(account)).isEmpty();
        }

        void assertAllVisible() {
            assertThat(s.marketTrades().findById(print.tradeId())).contains(print);
            assertThat(s.trades().find(account, trade.clientTradeId())).contains(trade);
            Position stored = s.positions().findById(account, position.id()).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.currentPrice()).isEqualTo(Price.of("0.97"));
            assertThat(s.triggers().findByAccount(account)).containsExactly(trigger);
            assertThat(s.watermarks().find(account, consumer, stream).orElseThrow().position()).isEqualTo(mark);
            assertThat(s.tradingStates().find(account).orElseThrow().status()).isEqualTo(TradingStatus.HALTED);
        }
    }

    /** Issue 9 case 7: a retry repeats only the outermost unit, so a store says when one is open. */
    @Test
    void isActiveOnlyWhileAUnitIsOpenOnTheCallingThread() throws Exception {
        assertThat(uow.isActive()).isFalse();
        boolean[] seen = new boolean[3];
        uow.run(() -> {
            seen[0] = uow.isActive();
            uow.run(() -> seen[1] = uow.isActive());
            Thread other = new Thread(() -> seen[2] = uow.isActive());
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(seen).containsExactly(true, true, false);
        assertThat(uow.isActive()).isFalse();
        try {
            uow.run(() -> {
                throw new IllegalStateException("fails");
            });
        } catch (IllegalStateException expected) {
            // the unit is over either way
        }
        assertThat(uow.isActive()).isFalse();
    }

    @Test
    void committedWorkIsVisibleAndItsResultReturned() {
        Writes writes = new Writes();
        String result = uow.inTransaction(() -> {
            writes.writeAll();
            return "done";
        });
        assertThat(result).isEqualTo("done");
        writes.assertAllVisible();
    }

    @Test
    void aFailureRollsBackEveryRepositoryAndPropagatesUnchanged() {
        Writes writes = new Writes();
        IllegalStateException crash = new IllegalStateException("crash after all writes");
        assertThatThrownBy(() -> uow.run(() -> {
            writes.writeAll();
            throw crash;
        })).isSameAs(crash);
        writes.assertNoneVisible();
    }

    @Test
    void aRolledBackUnitLeavesNoKeyHalfClaimed() {
        Writes writes = new Writes();
        assertThatThrownBy(() -> uow.run(() -> {
            writes.writeAll();
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        // every key it took is free again: the same writes succeed now
        writes.writeAll();
        writes.assertAllVisible();
    }

    @Test
    void aFailureRestoresRowsThatExistedBefore() {
        Position before = s.positions().insert(Positions.open(account).condition(market).token(yes).build());
        WatermarkPosition markBefore = WatermarkPosition.of(Instants.T0, "a");
        s.watermarks().advance(account, consumer, stream, markBefore);
        TradingState stateBefore = s.tradingStates().save(TradingState.initial(account));

        RuntimeException crash = new RuntimeException("crash");
        assertThatThrownBy(() -> uow.run(() -> {
            Position increased = s.positions().update(before.increase(Quantity.of("5"), Price.of("0.6"), Money.ZERO,
                    Instants.T0.plusSeconds(1)));
            s.positions().update(increased.close(Price.of("0.7"), Money.of("0.01"), Instants.T0.plusSeconds(2)));
            s.watermarks().advance(account, consumer, stream, WatermarkPosition.of(Instants.T0.plusSeconds(9), "z"));
            s.tradingStates().save(stateBefore.halt("x", "y", Instants.T0));
            Ledgers.update(s.ledgers(), account, l -> l.book(Instants.T0.plusSeconds(2), Money.of("1"),
                    Money.of("0.01"), 1).close(Money.of("0.99"), Instants.T0.plusSeconds(2)));
            throw crash;
        })).isSameAs(crash);

        assertThat(s.positions().findById(account, before.id())).contains(before);
        assertThat(s.positions().findOpenByToken(account, yes)).contains(before);
        assertThat(s.positions().findOpenByAccount(account)).containsExactly(before);
        assertThat(s.watermarks().find(account, consumer, stream).orElseThrow().position()).isEqualTo(markBefore);
        assertThat(s.tradingStates().find(account)).contains(stateBefore);
        assertThat(s.ledgers().find(account, Instant.MIN)).isEmpty();
        // the rolled-back close is not counted either
        assertThat(s.riskSnapshots().snapshot(new RiskSnapshotRequest(account, Instants.T0,
                market, null, yes)).lastCloseAt()).isNull();
    }

    @Test
    void aRepositoryErrorMidwayRollsBackTheEarlierWrites() {
        Position stored = s.positions().insert(Positions.open(account).condition(market).token(yes).build());
        s.positions().update(stored.markToMarket(Price.of("0.6"), Instants.T0.plusSeconds(1)));
        Writes writes = new Writes();
        assertThatThrownBy(() -> uow.run(() -> {
            s.marketTrades().insertIfAbsent(writes.print);
            s.trades().insertIfAbsent(writes.trade);
            s.triggers().createIfFirst(writes.trigger);
            s.positions().update(stored.markToMarket(Price.of("0.9"), Instants.T0.plusSeconds(2))); // stale
        })).isInstanceOf(StaleVersionException.class);
        assertThat(s.marketTrades().findById(writes.print.tradeId())).isEmpty();
        assertThat(s.trades().find(account, writes.trade.clientTradeId())).isEmpty();
        assertThat(s.triggers().findByAccount(account)).isEmpty();
        assertThat(s.positions().findById(account, stored.id()).orElseThrow().currentPrice()).isEqualTo(Price.of("0.6"));
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndCommitsWithIt() {
        Writes writes = new Writes();
        uow.run(() -> {
            s.marketTrades().insertIfAbsent(writes.print);
            uow.run(() -> s.trades().insertIfAbsent(writes.trade));
            s.triggers().createIfFirst(writes.trigger);
        });
        assertThat(s.marketTrades().findById(writes.print.tradeId())).contains(writes.print);
        assertThat(s.trades().find(account, writes.trade.clientTradeId())).contains(writes.trade);
        assertThat(s.triggers().findByAccount(account)).containsExactly(writes.trigger);
    }

    @Test
    void aFailingNestedUnitRollsBackTheOuterOneToo() {
        Writes writes = new Writes();
        IllegalArgumentException crash = new IllegalArgumentException("inner crash");
        assertThatThrownBy(() -> uow.run(() -> {
            s.marketTrades().insertIfAbsent(writes.print);
            s.watermarks().advance(account, consumer, stream, writes.mark);
            uow.run(() -> {
                s.trades().insertIfAbsent(writes.trade);
                s.triggers().createIfFirst(writes.trigger);
                throw crash;
            });
        })).isSameAs(crash);
        writes.assertNoneVisible();
    }

    @Test
    void anOuterFailureAfterACompletedNestedUnitRollsBackBoth() {
        Writes writes = new Writes();
        assertThatThrownBy(() -> uow.run(() -> {
            uow.run(writes::writeAll);
            throw new IllegalStateException("outer crash");
        })).hasMessage("outer crash");
        writes.assertNoneVisible();
    }

    @Test
    void concurrentUnitsCommitOrRollBackIndependently() {
        int units = Concurrently.THREADS * 2;
        List<ConditionId> markets = new ArrayList<>();
        for (int i = 0; i < units; i++) {
            markets.add(Ids.condition());
        }
        List<Boolean> committed = Concurrently.race(units, i -> {
            try {
                uow.run(() -> {
                    ConditionId m = markets.get(i);
                    TokenId t = Ids.token();
                    MarketTrade print = Prints.print().id(m.value() + "-print").condition(m).token(t).price("0.97")
                            .build();
                    s.marketTrades().insertIfAbsent(print);
                    s.triggers().createIfFirst(Triggers.trigger(account, m, t, "0.95"));
                    s.watermarks().advance(account, consumer, m.value(), print.position());
                    if (i % 2 == 1) {
                        throw new IllegalStateException("unit " + i + " fails");
                    }
                });
                return true;
            } catch (IllegalStateException expected) {
                return false;
            }
        });
        for (int i = 0; i < units; i++) {
            ConditionId m = markets.get(i);
            boolean kept = i % 2 == 0;
            assertThat(committed.get(i)).isEqualTo(kept);
            assertThat(s.triggers().findByCondition(account, m, Price.of("0.95")).isPresent()).isEqualTo(kept);
            assertThat(s.watermarks().find(account, consumer, m.value()).isPresent()).isEqualTo(kept);
            assertThat(s.marketTrades().findAfter(m, Optional.empty(), 10)).hasSize(kept ? 1 : 0);
        }
        assertThat(s.triggers().findByAccount(account)).hasSize(units / 2);
    }

    @Test
    void racingUnitsCreatingTheSameTriggerWhereSomeFailLeaveExactlyTheCommittedOne() {
        List<Boolean> results = Concurrently.race(Concurrently.THREADS, i -> {
            try {
                return uow.inTransaction(() -> {
                    boolean created = s.triggers().createIfFirst(Triggers.trigger(account, market, yes, "0.95",
                            "0.97", Instants.T0.plusSeconds(i)));
                    if (created && i % 2 == 0) {
                        // more work before the crash, so the others really meet the uncommitted trigger
                        ConditionId scratch = Ids.condition();
                        for (int n = 0; n < 200; n++) {
                            s.marketTrades().insertIfAbsent(Prints.print().condition(scratch).token(yes).build());
                        }
                        throw new IllegalStateException("crash after creating");
                    }
                    return created;
                });
            } catch (IllegalStateException crashed) {
                return false;
            }
        });
        // a crashed creator leaves nothing and must not make the others lose: the odd units never crash, so
        // the first of them to create commits, and every later one sees that committed trigger
        assertThat(results).containsOnlyOnce(true);
        assertThat(results.indexOf(true) % 2).isEqualTo(1);
        assertThat(s.triggers().findByAccount(account)).hasSize(1);
    }

    // ---- review: failures inside a unit

    @Test
    void aDomainErrorFromARepositoryInsideANestedUnitComesOutAsItself() {
        Position stored = s.positions().insert(Positions.open(account).condition(market).token(yes).build());
        Writes writes = new Writes();
        assertThatThrownBy(() -> uow.run(() -> {
            s.triggers().createIfFirst(writes.trigger);
            uow.run(() -> s.positions().insert(Positions.open(account).id(stored.id()).condition(market)
                    .token(Ids.token()).build()));
        })).isExactlyInstanceOf(io.tradekit.domain.shared.DuplicateKeyException.class);
        assertThat(s.triggers().findByAccount(account)).isEmpty();
    }

    @Test
    void aSwallowedNestedFailureStillRollsBackTheWholeUnit() {
        Writes writes = new Writes();
        IllegalArgumentException inner = new IllegalArgumentException("inner");
        assertThatThrownBy(() -> uow.run(() -> {
            s.marketTrades().insertIfAbsent(writes.print);
            try {
                uow.run(() -> {
                    s.triggers().createIfFirst(writes.trigger);
                    throw inner;
                });
            } catch (IllegalArgumentException swallowed) {
                // the caller carries on as if nothing happened
            }
            s.trades().insertIfAbsent(writes.trade);
        })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("inner");
        writes.assertNoneVisible();
    }

    @Test
    void aRepositoryRefusalCaughtInsideTheUnitLeavesItUsable() {
        Position stored = s.positions().insert(Positions.open(account).condition(market).token(yes).build());
        Writes writes = new Writes();
        uow.run(() -> {
            try {
                s.positions().insert(Positions.open(account).condition(market).token(yes).build());
            } catch (io.tradekit.domain.shared.DuplicateKeyException alreadyOpen) {
                // the bot reads the open one and goes on
            }
            try {
                s.positions().update(stored.withVersion(7));
            } catch (StaleVersionException stale) {
                // a retry would re-read
            }
            assertThat(s.triggers().createIfFirst(writes.trigger)).isTrue();
            assertThat(s.watermarks().advance(account, consumer, stream, writes.mark)).isTrue();
        });
        assertThat(s.triggers().findByAccount(account)).containsExactly(writes.trigger);
        assertThat(s.watermarks().find(account, consumer, stream).orElseThrow().position()).isEqualTo(writes.mark);
        assertThat(s.positions().findOpenByAccount(account)).containsExactly(stored);
    }

    @Test
    void aRollbackRestoresEveryCloseFigureExactly() {
        Instant day = Instants.at("2026-03-02T00:00:00Z");
        Ledgers.bookClose(s.ledgers(), s.positions().insert(Positions.closed(account, market, Ids.token(), "4", "0",
                day.plusSeconds(10))));
        Ledgers.bookClose(s.ledgers(), s.positions().insert(Positions.closed(account, market, Ids.token(), "-1", "0",
                day.plusSeconds(20))));
        Position open = s.positions().insert(Positions.open(account).condition(market).token(yes).at(day).build());
        RiskSnapshotRequest request = new RiskSnapshotRequest(account, day, market, null, yes);
        var before = s.riskSnapshots().snapshot(request);
        var ledgerBefore = s.ledgers().find(account, day).orElseThrow();
        var summaryBefore = s.positions().summarizeCloses(io.tradekit.domain.position.CloseQuery.of(account, day,
                day.plusSeconds(86400)));
        assertThatThrownBy(() -> uow.run(() -> {
            // a close out of time order (before the stored ones) and one after them, and the open one closed
            Ledgers.bookClose(s.ledgers(), s.positions().insert(Positions.closed(account, market, Ids.token(), "-3",
                    "0", day.plusSeconds(5))));
            Ledgers.bookClose(s.ledgers(), s.positions().insert(Positions.closed(account, market, Ids.token(), "9",
                    "0", day.plusSeconds(30))));
            Ledgers.bookClose(s.ledgers(), s.positions().update(open.close(Price.of("0.1"), Money.of("0.2"),
                    day.plusSeconds(40))));
            assertThat(s.riskSnapshots().snapshot(request)).isNotEqualTo(before);
            throw new IllegalStateException("crash");
        })).hasMessage("crash");
        assertThat(s.riskSnapshots().snapshot(request)).isEqualTo(before);
        assertThat(s.ledgers().find(account, day)).contains(ledgerBefore);
        assertThat(s.positions().summarizeCloses(io.tradekit.domain.position.CloseQuery.of(account, day,
                day.plusSeconds(86400)))).isEqualTo(summaryBefore);
        assertThat(s.positions().findOpenByToken(account, yes)).contains(open);
        // and the figures still move on correctly afterwards, from the version the rollback left
        Ledgers.bookClose(s.ledgers(), s.positions().insert(Positions.closed(account, market, Ids.token(), "2", "0",
                day.plusSeconds(50))));
        assertThat(s.riskSnapshots().snapshot(request).realizedNetTotal()).isEqualTo(Money.of("5"));
        assertThat(s.riskSnapshots().snapshot(request).realizedPnlToday()).isEqualTo(Money.of("5"));
        assertThat(s.ledgers().find(account, day).orElseThrow().version()).isEqualTo(ledgerBefore.version() + 1);
    }
}
