package io.tradekit.application.analytics;

import io.tradekit.domain.position.CloseQuery;
import io.tradekit.domain.position.CloseSummary;
import io.tradekit.domain.position.PositionRepository;
import io.tradekit.domain.shared.Require;
import io.tradekit.domain.shared.UnitOfWork;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link PerformanceReport} over an account's closed and settled positions in a window.
 *
 * <p>Two reads, neither loading the history: the counts and sums come from the store in one query
 * ({@link PositionRepository#summarizeCloses}); the equity curve, drawdowns and daily equity from one
 * streaming pass over the closes in (close time, id) order ({@link PositionRepository#forEachClose}),
 * which keeps O(days + maxCurvePoints) objects, however many closes there are.
 *
 * <p>The two reads must agree (same count, same net profit). When a close lands in the window between
 * them, {@link #generate(PerformanceReportCommand)} starts over, up to {@value #MAX_ATTEMPTS} times, then
 * throws {@link ClosesChangedException}.
 */
public final class GeneratePerformanceReport {
    public static final int MAX_ATTEMPTS = 3;

    private final PositionRepository positions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public GeneratePerformanceReport(PositionRepository positions, Clock clock) {
        this(positions, null, clock);
    }

    /**
     * A report whose reads run in one unit of work of {@code unitOfWork} (null: each read on its own), so that a
     * retrying unit of work reads the whole report again after a transient failure.
     */
    public GeneratePerformanceReport(PositionRepository positions, UnitOfWork unitOfWork, Clock clock) {
        this.positions = Require.nonNull(positions, "positions");
        this.unitOfWork = unitOfWork;
        this.clock = Require.nonNull(clock, "clock");
    }

    /** The report, with the equity curve downsampled to the command's maxCurvePoints when it is longer. */
    public PerformanceReport generate(PerformanceReportCommand command) {
        Require.nonNull(command, "command");
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork == null ? attempt(command, null)
                        : unitOfWork.inTransaction(() -> attempt(command, null));
            } catch (ClosesChangedException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The report, and every point of the full equity curve handed to {@code everyPoint} in time order while
     * the closes stream (for charts or files of any length). No retry here, since the listener would see
     * points twice: a {@link ClosesChangedException} reaches the caller.
     */
    public PerformanceReport generate(PerformanceReportCommand command, Consumer<EquityPoint> everyPoint) {
        Require.nonNull(command, "command");
        Require.nonNull(everyPoint, "everyPoint");
        return attempt(command, everyPoint);
    }

    private PerformanceReport attempt(PerformanceReportCommand command, Consumer<EquityPoint> everyPoint) {
        CloseQuery query = command.closeQuery();
        CloseSummary summary = positions.summarizeCloses(query);
        EquityCurveAccumulator accumulator = new EquityCurveAccumulator(command.startingCapital(), command.from(),
                command.to(), command.zone(), summary.closed(), command.maxCurvePoints(), everyPoint);
        positions.forEachClose(query, close -> accumulator.add(close.closedAt(), close.netPnl()));
        EquityCurve curve = accumulator.finish();
        if (curve.closes() != summary.closed() || curve.netProfit().compareTo(summary.netProfit()) != 0) {
            throw new ClosesChangedException(summary.closed(), summary.netProfit(), curve.closes(), curve.netProfit());
        }
        return report(command, summary, curve);
    }

    private PerformanceReport report(PerformanceReportCommand command, CloseSummary summary, EquityCurve curve) {
        TradeStatistics trades = TradeStatistics.of(summary);
        List<BigDecimal> returns = curve.dailyEquity().stream().map(DailyEquity::dailyReturn).toList();
        BigDecimal rfDaily = ReturnRatios.riskFreePerPeriod(command.riskFreeRatePerYear(), command.periodsPerYear());
        long days = curve.dailyEquity().size();
        BigDecimal cagr = ReturnRatios.cagr(curve.startingCapital(), curve.endingEquity(), days);
        Drawdown byMoney = curve.maxDrawdown();
        Drawdown byFraction = curve.maxDrawdownFraction();
        BigDecimal maxDrawdownFraction = byFraction == null ? null : byFraction.fraction();
        return new PerformanceReport(command.accountId(), command.conditionId().orElse(null), command.from(),
                command.to(), command.zone(), command.periodsPerYear(), command.riskFreeRatePerYear(), clock.instant(),
                curve.startingCapital(), curve.endingEquity(),
                summary.closed(), summary.wins(), summary.losses(), summary.breakevens(), trades.winRate(),
                summary.netProfit(), summary.grossProfit(), summary.grossLoss(), trades.profitFactor(),
                trades.averageWin(), trades.averageLoss(), summary.largestWin(), summary.largestLoss(),
                trades.averagePnlPerTrade(), trades.expectancy(),
                byMoney == null ? null : byMoney.amount(), maxDrawdownFraction, byMoney, byFraction,
                ReturnRatios.sharpe(returns, rfDaily, command.periodsPerYear()),
                ReturnRatios.sortino(returns, rfDaily, command.periodsPerYear()),
                cagr, days, ReturnRatios.calmar(cagr, maxDrawdownFraction),
                curve.points(), curve.totalPoints(), curve.dailyEquity());
    }
}
