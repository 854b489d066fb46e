package io.tradekit.adapters.postgres.position;

import io.tradekit.adapters.postgres.Bounds;
import io.tradekit.adapters.postgres.StoreCalls;
import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionClose;
import io.tradekit.domain.position.PositionId;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.DuplicateKeyException;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.StaleVersionException;
import io.tradekit.domain.shared.TokenId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.ibatis.cursor.Cursor;
import org.mybatis.spring.SqlSessionTemplate;

/**
 * Positions in PostgreSQL. Inserts never abort the caller's transaction on a taken key (ON CONFLICT DO
 * NOTHING, then a clear {@link DuplicateKeyException}); updates are optimistic on the version column.
 */
public final class PostgresPositionRepository implements PositionRepository {
    private final PositionMapper mapper;
    private final StoreCalls calls;

    public PostgresPositionRepository(SqlSessionTemplate sessions, StoreCalls calls) {
        this.mapper = sessions.getMapper(PositionMapper.class);
        this.calls = calls;
    }

    @Override
    public Position insert(Position position) {
        Require.nonNull(position, "position");
        PositionRow row = PositionRow.of(position);
        String what = "insert position " + position.id() + " of " + position.accountId();
        if (calls.call(what, () -> mapper.insertIfAbsent(row)) == 1) {
            return position;
        }
        // nothing was written and the caller's transaction is still usable; say which key was taken
        if (calls.call(what, () -> mapper.exists(row.accountId(), row.id()))) {
            throw new DuplicateKeyException("cannot " + what + ": a position with this id already exists");
        }
        throw new DuplicateKeyException("cannot " + what + ": the account already holds an open position in token "
                + position.tokenId());
    }

    @Override
    public Position update(Position position) {
        Require.nonNull(position, "position");
        PositionRow row = PositionRow.of(position);
        String what = "update position " + position.id() + " of " + position.accountId();
        if (calls.call(what, () -> mapper.update(row)) == 1) {
            return position.withVersion(position.version() + 1);
        }
        // 0 rows and nothing written: a newer (or no) stored version, else a changed identity or a reopening,
        // which the domain names exactly as the in-memory store does
        PositionRow stored = calls.call(what, () -> mapper.findById(row.accountId(), row.id()));
        if (stored != null && stored.version() == position.version()) {
            position.requireSuccessorOf(stored.toPosition());
        }
        throw new StaleVersionException("position", position.accountId() + "/" + position.id(), position.version());
    }

    @Override
    public Optional<Position> findById(AccountId accountId, PositionId id) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(id, "id");
        PositionRow row = calls.call("find position " + id + " of " + accountId,
                () -> mapper.findById(accountId.value(), id.value()));
        return Optional.ofNullable(row).map(PositionRow::toPosition);
    }

    @Override
    public Optional<Position> findOpenByToken(AccountId accountId, TokenId tokenId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(tokenId, "tokenId");
        PositionRow row = calls.call("find the open position of " + accountId + " in " + tokenId,
                () -> mapper.findOpenByToken(accountId.value(), tokenId.value()));
        return Optional.ofNullable(row).map(PositionRow::toPosition);
    }

    @Override
    public List<Position> findOpenByAccount(AccountId accountId) {
        Require.nonNull(accountId, "accountId");
        return calls.call("find the open positions of " + accountId, () -> mapper.findOpenByAccount(accountId.value()))
                .stream().map(PositionRow::toPosition).toList();
    }

    @Override
    public List<Position> findOpenByCondition(AccountId accountId, ConditionId conditionId) {
        Require.nonNull(accountId, "accountId");
        Require.nonNull(conditionId, "conditionId");
        return calls.call("find the open positions of " + accountId + " in " + conditionId,
                () -> mapper.findOpenByCondition(accountId.value(), conditionId.value()))
                .stream().map(PositionRow::toPosition).toList();
    }

    @Override
    public CloseSummary summarizeCloses(CloseQuery query) {
        Require.nonNull(query, "query");
        String account = query.accountId().value();
        Instant from = Bounds.ceilMicros(query.from());
        Instant to = Bounds.ceilMicros(query.to());
        String condition = query.conditionId().map(ConditionId::value).orElse(null);
        return calls.call("summarize the closes of " + query.accountId(),
                () -> mapper.summarizeCloses(account, from, to, condition)).toSummary();
    }

    @Override
    public void forEachClose(CloseQuery query, Consumer<PositionClose> consumer) {
        Require.nonNull(query, "query");
        Require.nonNull(consumer, "consumer");
        String account = query.accountId().value();
        Instant from = Bounds.ceilMicros(query.from());
        Instant to = Bounds.ceilMicros(query.to());
        String condition = query.conditionId().map(ConditionId::value).orElse(null);
        calls.streamInTransaction("read the closes of " + query.accountId(), () -> {
            try (Cursor<CloseRow> cursor = mapper.streamCloses(account, from, to, condition)) {
                for (CloseRow row : cursor) {
                    consumer.accept(row.toClose());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
