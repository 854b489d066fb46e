package io.tradekit.application.testsupport;

import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import java.util.concurrent.atomic.AtomicInteger;

/** Test decorator around a real query: counts the round trips a use case makes. */
public final class CountingRiskSnapshotQuery implements RiskSnapshotQuery {
    private final RiskSnapshotQuery delegate;
    private final AtomicInteger calls = new AtomicInteger();

    public CountingRiskSnapshotQuery(RiskSnapshotQuery delegate) {
        this.delegate = delegate;
    }

    @Override
    public RiskSnapshot snapshot(RiskSnapshotRequest request) {
        calls.incrementAndGet();
        return delegate.snapshot(request);
    }

    public int calls() {
        return calls.get();
    }
}
