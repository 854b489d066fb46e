package io.tradekit.application.analytics;

import io.tradekit.domain.position.Position;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.Times;
import io.tradekit.domain.snapshot.PerformanceSnapshot;
import io.tradekit.domain.snapshot.PerformanceSnapshotRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Stores an account's figures at a time: the performance report (docs/analytics.md) over its closes from
 * {@code since} up to and including that time, plus the open positions' unrealized P&amp;L (equity = the report's
 * ending equity + unrealized). Idempotent per (account, time): taking it again at the same time stores nothing
 * and returns the stored one. The time is the command's, or the clock's when it names none.
 */
public final class TakePerformanceSnapshot {
    private final GeneratePerformanceReport reports;
    private final PositionRepository positions;
    private final PerformanceSnapshotRepository snapshots;
    private final Clock clock;

    public TakePerformanceSnapshot(GeneratePerformanceReport reports, PositionRepository positions,
            PerformanceSnapshotRepository snapshots, Clock clock) {
        this.reports = Require.nonNull(reports, "reports");
        this.positions = Require.nonNull(positions, "positions");
        this.snapshots = Require.nonNull(snapshots, "snapshots");
        this.clock = Require.nonNull(clock, "clock");
    }

    public record Command(AccountId accountId, Instant since, Money startingCapital, Optional<Instant> at) {
        public Command {
            Require.nonNull(accountId, "accountId");
            since = Times.micros(since, "since");
            Require.nonNull(startingCapital, "startingCapital");
            Require.nonNull(at, "at");
        }

        public static Command now(AccountId accountId, Instant since, Money startingCapital) {
            return new Command(accountId, since, startingCapital, Optional.empty());
        }

        public Command at(Instant time) {
            return new Command(accountId, since, startingCapital, Optional.of(Require.nonNull(time, "at")));
        }
    }

    /** @param stored true when this call stored it; false when the account had a snapshot at that time */
    public record Result(PerformanceSnapshot snapshot, boolean stored) {
    }

    public Result take(Command command) {
        Require.nonNull(command, "command");
        Instant at = Times.micros(command.at().orElseGet(clock::instant), "at");
        // closes at the snapshot's own time count: the report's window ends just after it
        PerformanceReport report = reports.generate(PerformanceReportCommand.of(command.accountId(), command.since(),
                at.plus(1, ChronoUnit.MICROS), command.startingCapital()));
        List<Position> open = positions.findOpenByAccount(command.accountId());
        Money unrealized = Money.ZERO;
        for (Position p : open) {
            unrealized = unrealized.plus(p.unrealizedPnl());
        }
        PerformanceSnapshot snapshot = new PerformanceSnapshot(command.accountId(), at,
                report.endingEquity().plus(unrealized), report.netProfit(), unrealized, open.size(), report.closed(),
                report.wins(), report.losses(), report.winRate(), report.profitFactor(), report.expectancy(),
                report.maxDrawdown(), report.maxDrawdownFraction(), report.sharpe(), report.sortino(), report.cagr(),
                report.calmar());
        if (snapshots.insertIfAbsent(snapshot)) {
            return new Result(snapshot, true);
        }
        PerformanceSnapshot stored = snapshots.findSeries(command.accountId(), at, at.plus(1, ChronoUnit.MICROS))
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("snapshot at " + at + " not found"));
        return new Result(stored, false);
    }

    /** The account's snapshots taken in [from, to), oldest first. */
    public List<PerformanceSnapshot> series(AccountId accountId, Instant from, Instant to) {
        return snapshots.findSeries(Require.nonNull(accountId, "accountId"), Require.nonNull(from, "from"),
                Require.nonNull(to, "to"));
    }
}
