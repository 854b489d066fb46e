package io.tradekit.bootstrap.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tradekit.application.analytics.DailyEquity;
import io.tradekit.application.analytics.EquityPoint;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one JSON object: the figures of {@link ReportFigures#ALL}, in that order under their keys, then
 * the run, the equity curve and the daily equity. Figures are JSON numbers (exact decimals, trailing zeros
 * dropped), absent figures are {@code null}, times ISO-8601 strings. Ratios are fractions (win_rate 0.8 is 80 %)
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
        Map<String, Object> json = new LinkedHashMap<>();
        for (ReportFigures.Figure figure : ReportFigures.ALL) {
            json.put(figure.key(), figure.json(report));
        }
        json.put("run", run(report.run()));
        List<Map<String, Object>> curve = new ArrayList<>();
        for (EquityPoint point : report.performance().equityCurve()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("at", time(point.at()));
            row.put("equity", number(point.equity().amount()));
            curve.add(row);
        }
        json.put("equity_curve", curve);
        List<Map<String, Object>> daily = new ArrayList<>();
        for (DailyEquity day : report.performance().dailyEquity()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("day", day.day().toString());
            row.put("equity", number(day.equity().amount()));
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

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
