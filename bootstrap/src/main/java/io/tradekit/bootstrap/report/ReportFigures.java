package io.tradekit.bootstrap.report;

import io.tradekit.application.analytics.Drawdown;
import io.tradekit.application.analytics.PerformanceReport;
import io.tradekit.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of a replay report, declared once: each one's JSON key, its label, its format and where its value
 * comes from (the replay's {@link ReplayReport.Counts} or the analytics' {@link PerformanceReport}). The three
 * writers read the figures through this list: {@link JsonReportWriter} writes {@link #ALL} in order, and
 * {@link SummaryTable} and {@link HtmlReportWriter} lay the same figures out in their rows, combining some (the
 * table's "average win / loss", the page's "Sharpe / Sortino"). A figure added here is one line; a writer that
 * should show it names it in its layout.
 */
public final class ReportFigures {

    /** How a figure is printed in the table and the page, and written in the JSON. Absent is "n/a" and null. */
    public enum Format {
        /** 12,000; a JSON integer. */
        COUNT,
        /** 12000, without grouping: how the wins, losses and breakevens beside the closes are printed. */
        PLAIN_COUNT,
        /** 1,000.00; JSON keeps every decimal. */
        MONEY,
        /** +0.50, -9.23, 0.00: a profit or loss. */
        SIGNED_MONEY,
        /** 0.19 (profit factor, Sharpe ...); JSON keeps every digit. */
        RATIO,
        /** A fraction printed as a percent (0.8 as 80.00%); JSON keeps the fraction (win rate, CAGR). */
        FRACTION,
        /** A fraction printed as a percent, and written as one in the JSON too (0.0367 as 3.67): its key says pct. */
        PERCENT,
        /** An ISO-8601 instant, in the JSON only. */
        TIME;

        String text(Object value) {
            return switch (this) {
                case COUNT -> Figures.count((Long) value);
                case PLAIN_COUNT -> Long.toString((Long) value);
                case MONEY -> Figures.money((BigDecimal) value);
                case SIGNED_MONEY -> Figures.signedMoney((BigDecimal) value);
                case RATIO -> Figures.ratio((BigDecimal) value);
                case FRACTION, PERCENT -> Figures.fractionAsPercent((BigDecimal) value);
                case TIME -> value == null ? Figures.ABSENT : value.toString();
            };
        }

        /** Exact decimals with trailing zeros dropped (written plain, never in exponent form); null when absent. */
        Object json(Object value) {
            if (value == null) {
                return null;
            }
            return switch (this) {
                case COUNT, PLAIN_COUNT -> value;
                case MONEY, SIGNED_MONEY, RATIO, FRACTION -> ((BigDecimal) value).stripTrailingZeros();
                case PERCENT -> ((BigDecimal) value).movePointRight(2).stripTrailingZeros();
                case TIME -> value.toString();
            };
        }
    }

    /**
     * One figure. {@code label} is the table's (lower case, e.g. "net profit"); the page starts it with a capital
     * ({@link #title()}). Its value is a {@code Long} (counts), a {@code BigDecimal} (money, ratios) or an
     * {@code Instant}; null when the definitions call it absent.
     */
    public record Figure(String key, String label, Format format, Function<ReplayReport, Object> value) {

        public Object valueOf(ReplayReport report) {
            return value.apply(report);
        }

        /** As the table and the page print it. */
        public String text(ReplayReport report) {
            return format.text(valueOf(report));
        }

        /** As the JSON writes it. */
        public Object json(ReplayReport report) {
            return format.json(valueOf(report));
        }

        /** The label as the page's rows and cards show it: "Net profit". */
        public String title() {
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }

        /** -1, 0 or 1; 0 when absent. */
        int signum(ReplayReport report) {
            return valueOf(report) instanceof BigDecimal decimal ? decimal.signum() : 0;
        }
    }

    public static final Figure PRINTS = count("prints", "prints", r -> r.counts().prints());
    public static final Figure PRINTS_NEW = count("prints_new", "new to the store", r -> r.counts().printsNew());
    public static final Figure LATE_SKIPPED = count("late_skipped", "late (skipped)", r -> r.counts().lateSkipped());
    public static final Figure STALE_SKIPPED = count("stale_skipped", "stale (skipped)",
            r -> r.counts().staleSkipped());
    public static final Figure RESOLVED_SKIPPED = count("resolved_skipped", "after resolution (skipped)",
            r -> r.counts().resolvedSkipped());
    public static final Figure TRIGGERS = count("triggers", "triggers", r -> r.counts().triggers());
    public static final Figure ENTRIES = count("entries", "entries", r -> r.counts().entries());
    public static final Figure REJECTED_BY_RISK = count("rejected_by_risk", "rejected by risk",
            r -> r.counts().rejectedByRisk());
    public static final Figure CLOSED = count("closed", "closed", r -> r.performance().closed());
    public static final Figure OPEN = count("open", "open", r -> r.counts().open());
    public static final Figure WINS = new Figure("wins", "wins", Format.PLAIN_COUNT, r -> r.performance().wins());
    public static final Figure LOSSES = new Figure("losses", "losses", Format.PLAIN_COUNT,
            r -> r.performance().losses());
    public static final Figure BREAKEVENS = new Figure("breakevens", "breakeven", Format.PLAIN_COUNT,
            r -> r.performance().breakevens());
    public static final Figure WIN_RATE = new Figure("win_rate", "win rate", Format.FRACTION,
            r -> r.performance().winRate());
    public static final Figure NET_PROFIT = money("net_profit", "net profit", Format.SIGNED_MONEY,
            PerformanceReport::netProfit);
    public static final Figure GROSS_PROFIT = money("gross_profit", "gross profit", Format.MONEY,
            PerformanceReport::grossProfit);
    public static final Figure GROSS_LOSS = money("gross_loss", "gross loss", Format.MONEY,
            PerformanceReport::grossLoss);
    public static final Figure PROFIT_FACTOR = new Figure("profit_factor", "profit factor", Format.RATIO,
            r -> r.performance().profitFactor());
    public static final Figure AVERAGE_WIN = money("average_win", "average win", Format.MONEY,
            PerformanceReport::averageWin);
    public static final Figure AVERAGE_LOSS = money("average_loss", "average loss", Format.MONEY,
            PerformanceReport::averageLoss);
    public static final Figure LARGEST_WIN = money("largest_win", "largest win", Format.MONEY,
            PerformanceReport::largestWin);
    public static final Figure LARGEST_LOSS = money("largest_loss", "largest loss", Format.MONEY,
            PerformanceReport::largestLoss);
    public static final Figure AVERAGE_PNL = money("average_pnl", "average P&L per trade", Format.SIGNED_MONEY,
            PerformanceReport::averagePnlPerTrade);
    public static final Figure EXPECTANCY = money("expectancy", "expectancy per trade", Format.SIGNED_MONEY,
            PerformanceReport::expectancy);
    public static final Figure MAX_DRAWDOWN = money("max_drawdown", "max drawdown", Format.MONEY,
            PerformanceReport::maxDrawdown);
    /** The same fall as a percent of its peak (the analytics' fraction x 100 in the JSON). */
    public static final Figure MAX_DRAWDOWN_PCT = new Figure("max_drawdown_pct", "max drawdown", Format.PERCENT,
            r -> r.performance().maxDrawdownFraction());
    /** When the {@link #MAX_DRAWDOWN} fall started and ended. */
    public static final Figure DRAWDOWN_PEAK_AT = time("drawdown_peak_at", "drawdown peak at", Drawdown::peakAt);
    public static final Figure DRAWDOWN_TROUGH_AT = time("drawdown_trough_at", "drawdown trough at",
            Drawdown::troughAt);
    public static final Figure SHARPE = new Figure("sharpe", "sharpe", Format.RATIO, r -> r.performance().sharpe());
    public static final Figure SORTINO = new Figure("sortino", "sortino", Format.RATIO,
            r -> r.performance().sortino());
    public static final Figure CAGR = new Figure("cagr", "CAGR", Format.FRACTION, r -> r.performance().cagr());
    public static final Figure CALMAR = new Figure("calmar", "calmar", Format.RATIO, r -> r.performance().calmar());
    public static final Figure STARTING_CAPITAL = money("starting_capital", "starting capital", Format.MONEY,
            PerformanceReport::startingCapital);
    public static final Figure ENDING_EQUITY = money("ending_equity", "ending equity", Format.MONEY,
            PerformanceReport::endingEquity);
    public static final Figure OPEN_COST_BASIS = new Figure("open_cost_basis", "cost", Format.MONEY,
            r -> r.counts().openCostBasis());
    public static final Figure UNREALIZED_PNL = new Figure("unrealized_pnl", "unrealized", Format.SIGNED_MONEY,
            r -> r.counts().unrealizedPnl());

    /** Every figure, in the JSON's key order (a stable interface: docs/replay.md lists the keys). */
    public static final List<Figure> ALL = List.of(PRINTS, PRINTS_NEW, LATE_SKIPPED, STALE_SKIPPED,
            RESOLVED_SKIPPED, TRIGGERS, ENTRIES, REJECTED_BY_RISK, CLOSED, OPEN, WINS, LOSSES, BREAKEVENS, WIN_RATE,
            NET_PROFIT, GROSS_PROFIT, GROSS_LOSS, PROFIT_FACTOR, AVERAGE_WIN, AVERAGE_LOSS, LARGEST_WIN, LARGEST_LOSS,
            AVERAGE_PNL, EXPECTANCY, MAX_DRAWDOWN, MAX_DRAWDOWN_PCT, DRAWDOWN_PEAK_AT, DRAWDOWN_TROUGH_AT, SHARPE,
            SORTINO, CAGR, CALMAR, STARTING_CAPITAL, ENDING_EQUITY, OPEN_COST_BASIS, UNREALIZED_PNL);

    private ReportFigures() {
    }

    /** The figures' texts joined, e.g. "0.48 / 10.00". */
    static String joined(ReplayReport report, String separator, Figure... figures) {
        return Stream.of(figures).map(f -> f.text(report)).collect(Collectors.joining(separator));
    }

    private static Figure count(String key, String label, Function<ReplayReport, Long> value) {
        return new Figure(key, label, Format.COUNT, value::apply);
    }

    private static Figure money(String key, String label, Format format, Function<PerformanceReport, Money> value) {
        return new Figure(key, label, format, r -> {
            Money money = value.apply(r.performance());
            return money == null ? null : money.amount();
        });
    }

    private static Figure time(String key, String label, Function<Drawdown, Instant> value) {
        return new Figure(key, label, Format.TIME, r -> {
            Drawdown fall = r.performance().maxDrawdownPeriod();
            return fall == null ? null : value.apply(fall);
        });
    }
}
