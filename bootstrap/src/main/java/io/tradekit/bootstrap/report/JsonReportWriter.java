package io.tradekit.bootstrap.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one JSON object. Figures are JSON numbers (exact decimals, trailing zeros dropped),
 * absent figures are {@code null}, times ISO-8601 strings. Ratios are fractions (win_rate 0.8 is 80 %)
 * except {@code max_drawdown_pct}, which is a percent (3.67 is 3.67 %) as its name says. The top-level
 * keys are a stable interface: docs/replay.md lists them with their units.
 */
public final class JsonReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReportWriter() {
    }

    public static void write(ReplayReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, toMap(report));
    }

    public static String toJson(ReplayReport report) {
        try {
            return MAPPER.writeValueAsString(toMap(report));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize the report", e);
        }
    }

    static Map<String, Object> toMap(ReplayReport report) {
        ReplayReport.Counts c = report.counts();
        ReplayReport.Performance p = report.performance();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prints", c.prints());
        json.put("prints_new", c.printsNew());
        json.put("late_skipped", c.lateSkipped());
        json.put("stale_skipped", c.staleSkipped());
        json.put("resolved_skipped", c.resolvedSkipped());
        json.put("triggers", c.triggers());
        json.put("entries", c.entries());
        json.put("rejected_by_risk", c.rejectedByRisk());
        json.put("closed", p.closed());
        json.put("open", c.open());
        json.put("wins", p.wins());
        json.put("losses", p.losses());
        json.put("breakevens", p.breakevens());
        json.put("win_rate", number(p.winRate()));
        json.put("net_profit", number(p.netProfit()));
        json.put("gross_profit", number(p.grossProfit()));
        json.put("gross_loss", number(p.grossLoss()));
        json.put("profit_factor", number(p.profitFactor()));
        json.put("average_win", number(p.averageWin()));
        json.put("average_loss", number(p.averageLoss()));
        json.put("largest_win", number(p.largestWin()));
        json.put("largest_loss", number(p.largestLoss()));
        json.put("average_pnl", number(p.averagePnl()));
        json.put("expectancy", number(p.expectancy()));
        json.put("max_drawdown", number(p.maxDrawdown()));
        json.put("max_drawdown_pct", percent(p.maxDrawdownFraction()));
        json.put("drawdown_peak_at", time(p.drawdownPeakAt()));
        json.put("drawdown_trough_at", time(p.drawdownTroughAt()));
        json.put("sharpe", number(p.sharpe()));
        json.put("sortino", number(p.sortino()));
        json.put("cagr", number(p.cagr()));
        json.put("calmar", number(p.calmar()));
        json.put("starting_capital", number(p.startingCapital()));
        json.put("ending_equity", number(p.endingEquity()));
        json.put("open_cost_basis", number(c.openCostBasis()));
        json.put("unrealized_pnl", number(c.unrealizedPnl()));
        json.put("run", run(report.run()));
        List<Map<String, Object>> curve = new ArrayList<>();
        for (ReplayReport.EquityPoint point : report.equityCurve()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", time(point.at()));
            row.put("equity", number(point.equity()));
            curve.add(row);
        }
        json.put("equity_curve", curve);
        List<Map<String, Object>> daily = new ArrayList<>();
        for (ReplayReport.DailyEquity day : report.dailyEquity()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day.day().toString());
            row.put("equity", number(day.equity()));
            daily.add(row);
        }
        json.put("daily_equity", daily);
        return json;
    }

    private static Map<String, Object> run(ReplayReport.Run run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tape", run.tape());
        json.put("resolutions", run.resolutions());
        json.put("store", run.store());
        json.put("account", run.account());
        if (run.strategy() != null) {
            json.put("strategy", run.strategy());
        }
        json.put("threshold", number(run.threshold()));
        json.put("stake", number(run.stake()));
        json.put("fee_bps", number(run.feeBps()));
        json.put("max_age_seconds", run.maxAgeSeconds());
        json.put("zone", run.zone().getId());
        json.put("periods_per_year", run.periodsPerYear());
        json.put("window_start", time(run.windowStart()));
        json.put("window_end", time(run.windowEnd()));
        return json;
    }

    private static BigDecimal number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** A fraction as an exact percent (0.0367 becomes 3.67): the one key whose name says pct. */
    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : number(fraction.movePointRight(2));
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
