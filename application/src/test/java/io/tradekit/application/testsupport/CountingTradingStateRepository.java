package io.tradekit.application.testsupport;

import io.tradekit.domain.account.TradingState;
import io.tradekit.domain.account.TradingStateRepository;
import io.tradekit.domain.shared.AccountId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Test decorator around a real repository: counts reads and writes. */
public final class CountingTradingStateRepository implements TradingStateRepository {
    private final TradingStateRepository delegate;
    private final AtomicInteger finds = new AtomicInteger();
    private final AtomicInteger saves = new AtomicInteger();

    public CountingTradingStateRepository(TradingStateRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<TradingState> find(AccountId accountId) {
        finds.incrementAndGet();
        return delegate.find(accountId);
    }

    @Override
    public TradingState save(TradingState state) {
        saves.incrementAndGet();
        return delegate.save(state);
    }

    public int finds() {
        return finds.get();
    }

    public int saves() {
        return saves.get();
    }
}
