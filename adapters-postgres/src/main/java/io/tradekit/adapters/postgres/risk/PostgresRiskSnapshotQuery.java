package io.tradekit.adapters.postgres.risk;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.risk.RiskSnapshot;
import io.tradekit.domain.risk.RiskSnapshotQuery;
import io.tradekit.domain.risk.RiskSnapshotRequest;
import io.tradekit.domain.shared.Require;
import org.mybatis.spring.SqlSessionTemplate;

/** Every figure of a pre-trade check from ONE SQL statement (see RiskSnapshotMapper.xml). */
public final class PostgresRiskSnapshotQuery implements RiskSnapshotQuery {
    private final RiskSnapshotMapper mapper;
    private final StoreCalls calls;

    public PostgresRiskSnapshotQuery(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(RiskSnapshotMapper.class);
        this.calls = calls;
    }

    @Override
    public RiskSnapshot snapshot(RiskSnapshotRequest request) {
        Require.nonNull(request, "request");
        return calls.call("read the risk snapshot of " + request.accountId(),
                () -> mapper.snapshot(request.accountId().value(), Bounds.ceilMicros(request.tradingDayStart()),
                        request.conditionId().value(), request.eventId() == null ? null : request.eventId().value(),
                        request.tokenId().value()))
                .toSnapshot();
    }
}
