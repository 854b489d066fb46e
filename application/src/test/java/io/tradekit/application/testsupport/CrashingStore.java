package io.tradekit.application.testsupport;

import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.order.ClientOrderId;
import io.tradekit.domain.order.Fill;
import io.tradekit.domain.order.FillBooking;
import io.tradekit.domain.order.FillContext;
import io.tradekit.domain.order.FillId;
import io.tradekit.domain.order.Order;
import io.tradekit.domain.order.OrderGroupId;
import io.tradekit.domain.order.OrderRef;
import io.tradekit.domain.order.OrderRepository;
import io.tradekit.domain.order.VenueId;
import io.tradekit.domain.order.VenueOrderId;
import io.tradekit.domain.contract.StoreUnderTest;
import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionClose;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.ledger.AccountLedger;
import io.tradekit.domain.ledger.AccountLedgerRepository;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.TokenId;
import io.tradekit.domain.shared.UnitOfWork;
import io.tradekit.domain.tape.IngestResult;
import io.tradekit.domain.tape.MarketTrade;
import io.tradekit.domain.tape.MarketTradeId;
import io.tradekit.domain.tape.MarketTradeRepository;
import io.tradekit.domain.trade.ClientTradeId;
import io.tradekit.domain.trade.Trade;
import io.tradekit.domain.trade.TradeRepository;
import io.tradekit.domain.trigger.Trigger;
import io.tradekit.domain.trigger.TriggerRepository;
import io.tradekit.domain.watermark.ConsumerId;
import io.tradekit.domain.watermark.Watermark;
import io.tradekit.domain.watermark.WatermarkPosition;
import io.tradekit.domain.watermark.WatermarkRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A test-only decorator around a real store that "kills the process" at a chosen step: it throws
 * {@link SimulatedCrash} just before the N-th repository call, just before a unit of work commits, or just
 * after it committed (the caller never learns it did). Everything else goes to the real store, so what a
 * crash leaves behind is exactly what the real adapter's rollback leaves behind.
 *
 * <p>Steps are counted across the whole life of the decorator; {@link #counting} never crashes and only
 * counts, which tells a test how many crash points a run has. Single-threaded use only.
 */
public final class CrashingStore implements StoreUnderTest {
    private final StoreUnderTest real;
    private final int crashAtStep;
    private int steps;
    private boolean crashed;

    private CrashingStore(StoreUnderTest real, int crashAtStep) {
        this.real = real;
        this.crashAtStep = crashAtStep;
    }

    /** Crashes at step {@code step} (1-based); once crashed, it passes everything through. */
    public static CrashingStore crashingAt(StoreUnderTest real, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("steps count from 1, got " + step);
        }
        return new CrashingStore(real, step);
    }

    /** Never crashes; {@link #steps()} tells how many crash points the work went through. */
    public static CrashingStore counting(StoreUnderTest real) {
        return new CrashingStore(real, Integer.MAX_VALUE);
    }

    public int steps() {
        return steps;
    }

    public boolean crashed() {
        return crashed;
    }

    private void step(String where) {
        steps++;
        if (!crashed && steps == crashAtStep) {
            crashed = true;
            throw new SimulatedCrash(steps, where);
        }
    }

    @Override
    public UnitOfWork unitOfWork() {
        return new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                T result = real.unitOfWork().inTransaction(() -> {
                    T value = work.get();
                    step("end of the unit of work, before commit");
                    return value;
                });
                step("after commit, before the caller saw the result");
                return result;
            }

            @Override
            public boolean isActive() {
                return real.unitOfWork().isActive();
            }
        };
    }

    @Override
    public MarketTradeRepository marketTrades() {
        MarketTradeRepository r = real.marketTrades();
        return new MarketTradeRepository() {
            @Override
            public boolean insertIfAbsent(MarketTrade trade) {
                step("marketTrades.insertIfAbsent");
                return r.insertIfAbsent(trade);
            }

            @Override
            public IngestResult ingest(Collection<MarketTrade> trades) {
                step("marketTrades.ingest");
                return r.ingest(trades);
            }

            @Override
            public Optional<MarketTrade> findById(MarketTradeId tradeId) {
                step("marketTrades.findById");
                return r.findById(tradeId);
            }

            @Override
            public List<MarketTrade> findAfter(ConditionId conditionId, Optional<WatermarkPosition> after, int limit) {
                step("marketTrades.findAfter");
                return r.findAfter(conditionId, after, limit);
            }

            @Override
            public List<ConditionId> findConditionsTradedSince(Instant since) {
                step("marketTrades.findConditionsTradedSince");
                return r.findConditionsTradedSince(since);
            }
        };
    }

    @Override
    public TriggerRepository triggers() {
        TriggerRepository r = real.triggers();
        return new TriggerRepository() {
            @Override
            public boolean createIfFirst(Trigger trigger) {
                step("triggers.createIfFirst");
                return r.createIfFirst(trigger);
            }

            @Override
            public Optional<Trigger> findByCondition(AccountId accountId, ConditionId conditionId, Price threshold) {
                step("triggers.findByCondition");
                return r.findByCondition(accountId, conditionId, threshold);
            }

            @Override
            public Optional<Trigger> findByToken(AccountId accountId, TokenId tokenId, Price threshold) {
                step("triggers.findByToken");
                return r.findByToken(accountId, tokenId, threshold);
            }

            @Override
            public List<Trigger> findByAccount(AccountId accountId) {
                step("triggers.findByAccount");
                return r.findByAccount(accountId);
            }
        };
    }

    @Override
    public WatermarkRepository watermarks() {
        WatermarkRepository r = real.watermarks();
        return new WatermarkRepository() {
            @Override
            public Optional<Watermark> find(AccountId accountId, ConsumerId consumerId, String streamKey) {
                step("watermarks.find");
                return r.find(accountId, consumerId, streamKey);
            }

            @Override
            public boolean advance(AccountId accountId, ConsumerId consumerId, String streamKey, WatermarkPosition position) {
                step("watermarks.advance");
                return r.advance(accountId, consumerId, streamKey, position);
            }
        };
    }

    @Override
    public TradeRepository trades() {
        TradeRepository r = real.trades();
        return new TradeRepository() {
            @Override
            public boolean insertIfAbsent(Trade trade) {
                step("trades.insertIfAbsent");
                return r.insertIfAbsent(trade);
            }

            @Override
            public Optional<Trade> find(AccountId accountId, ClientTradeId clientTradeId) {
                step("trades.find");
                return r.find(accountId, clientTradeId);
            }
        };
    }

    @Override
    public PositionRepository positions() {
        PositionRepository r = real.positions();
        return new PositionRepository() {
            @Override
            public Position insert(Position position) {
                step("positions.insert");
                return r.insert(position);
            }

            @Override
            public Position update(Position position) {
                step("positions.update");
                return r.update(position);
            }

            @Override
            public Optional<Position> findById(AccountId accountId, PositionId id) {
                step("positions.findById");
                return r.findById(accountId, id);
            }

            @Override
            public Optional<Position> findOpenByToken(AccountId accountId, TokenId tokenId) {
                step("positions.findOpenByToken");
                return r.findOpenByToken(accountId, tokenId);
            }

            @Override
            public List<Position> findOpenByAccount(AccountId accountId) {
                step("positions.findOpenByAccount");
                return r.findOpenByAccount(accountId);
            }

            @Override
            public List<Position> findOpenByCondition(AccountId accountId, ConditionId conditionId) {
                step("positions.findOpenByCondition");
                return r.findOpenByCondition(accountId, conditionId);
            }

            @Override
            public CloseSummary summarizeCloses(CloseQuery query) {
                step("positions.summarizeCloses");
                return r.summarizeCloses(query);
            }

            @Override
            public void forEachClose(CloseQuery query, Consumer<PositionClose> consumer) {
                step("positions.forEachClose");
                r.forEachClose(query, consumer);
            }
        };
    }

    @Override
    public TradingStateRepository tradingStates() {
        return real.tradingStates();
    }

    @Override
    public AccountLedgerRepository ledgers() {
        AccountLedgerRepository r = real.ledgers();
        return new AccountLedgerRepository() {
            @Override
            public Optional<AccountLedger> find(AccountId accountId, Instant entriesSince) {
                step("ledgers.find");
                return r.find(accountId, entriesSince);
            }

            @Override
            public AccountLedger save(AccountLedger ledger) {
                step("ledgers.save");
                return r.save(ledger);
            }
        };
    }

    @Override
    public RiskSnapshotQuery riskSnapshots() {
        return real.riskSnapshots();
    }

    @Override
    public OrderRepository orders() {
        OrderRepository r = real.orders();
        return new OrderRepository() {
            @Override
            public boolean insertIfAbsent(Order order) {
                step("orders.insertIfAbsent");
                return r.insertIfAbsent(order);
            }

            @Override
            public Order update(Order order) {
                step("orders.update");
                return r.update(order);
            }

            @Override
            public Optional<FillBooking> book(FillBooking booking) {
                step("orders.book");
                return r.book(booking);
            }

            @Override
            public Optional<Order> findByClientId(AccountId accountId, ClientOrderId clientOrderId) {
                step("orders.findByClientId");
                return r.findByClientId(accountId, clientOrderId);
            }

            @Override
            public Optional<Order> findByVenueId(AccountId accountId, VenueId venue, VenueOrderId venueOrderId) {
                step("orders.findByVenueId");
                return r.findByVenueId(accountId, venue, venueOrderId);
            }

            @Override
            public Optional<FillContext> findForFill(AccountId accountId, OrderRef ref, FillId fillId) {
                step("orders.findForFill");
                return r.findForFill(accountId, ref, fillId);
            }

            @Override
            public List<Order> findOpen(AccountId accountId) {
                step("orders.findOpen");
                return r.findOpen(accountId);
            }

            @Override
            public List<Order> findByMarket(AccountId accountId, ConditionId conditionId) {
                step("orders.findByMarket");
                return r.findByMarket(accountId, conditionId);
            }

            @Override
            public List<Order> findByGroup(AccountId accountId, OrderGroupId groupId) {
                step("orders.findByGroup");
                return r.findByGroup(accountId, groupId);
            }

            @Override
            public Optional<Fill> findFill(AccountId accountId, VenueId venue, FillId fillId) {
                step("orders.findFill");
                return r.findFill(accountId, venue, fillId);
            }

            @Override
            public List<Fill> fillsOf(AccountId accountId, ClientOrderId clientOrderId) {
                step("orders.fillsOf");
                return r.fillsOf(accountId, clientOrderId);
            }

            @Override
            public List<Fill> fillsBetween(AccountId accountId, Instant from, Instant to) {
                step("orders.fillsBetween");
                return r.fillsBetween(accountId, from, to);
            }
        };
    }
}
