package io.tradekit.bootstrap.report;

import static io.tradekit.bootstrap.report.ReportFigures.AVERAGE_LOSS;
import static io.tradekit.bootstrap.report.ReportFigures.AVERAGE_WIN;
import static io.tradekit.bootstrap.report.ReportFigures.BREAKEVENS;
import static io.tradekit.bootstrap.report.ReportFigures.CAGR;
import static io.tradekit.bootstrap.report.ReportFigures.CALMAR;
import static io.tradekit.bootstrap.report.ReportFigures.CLOSED;
import static io.tradekit.bootstrap.report.ReportFigures.ENDING_EQUITY;
import static io.tradekit.bootstrap.report.ReportFigures.ENTRIES;
import static io.tradekit.bootstrap.report.ReportFigures.EXPECTANCY;
import static io.tradekit.bootstrap.report.ReportFigures.GROSS_LOSS;
import static io.tradekit.bootstrap.report.ReportFigures.GROSS_PROFIT;
import static io.tradekit.bootstrap.report.ReportFigures.LARGEST_LOSS;
import static io.tradekit.bootstrap.report.ReportFigures.LARGEST_WIN;
import static io.tradekit.bootstrap.report.ReportFigures.LATE_SKIPPED;
import static io.tradekit.bootstrap.report.ReportFigures.LOSSES;
import static io.tradekit.bootstrap.report.ReportFigures.MAX_DRAWDOWN;
import static io.tradekit.bootstrap.report.ReportFigures.MAX_DRAWDOWN_PCT;
import static io.tradekit.bootstrap.report.ReportFigures.NET_PROFIT;
import static io.tradekit.bootstrap.report.ReportFigures.OPEN;
import static io.tradekit.bootstrap.report.ReportFigures.OPEN_COST_BASIS;
import static io.tradekit.bootstrap.report.ReportFigures.PRINTS;
import static io.tradekit.bootstrap.report.ReportFigures.PRINTS_NEW;
import static io.tradekit.bootstrap.report.ReportFigures.PROFIT_FACTOR;
import static io.tradekit.bootstrap.report.ReportFigures.REJECTED_BY_RISK;
import static io.tradekit.bootstrap.report.ReportFigures.RESOLVED_SKIPPED;
import static io.tradekit.bootstrap.report.ReportFigures.SHARPE;
import static io.tradekit.bootstrap.report.ReportFigures.SORTINO;
import static io.tradekit.bootstrap.report.ReportFigures.STALE_SKIPPED;
import static io.tradekit.bootstrap.report.ReportFigures.STARTING_CAPITAL;
import static io.tradekit.bootstrap.report.ReportFigures.TRIGGERS;
import static io.tradekit.bootstrap.report.ReportFigures.UNREALIZED_PNL;
import static io.tradekit.bootstrap.report.ReportFigures.WINS;
import static io.tradekit.bootstrap.report.ReportFigures.WIN_RATE;

import io.tradekit.application.analytics.EquityPoint;
import io.tradekit.bootstrap.report.ReportFigures.Figure;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The report as one self-contained HTML page: inline CSS, the summary (the figures of {@link ReportFigures} as
 * cards and in two tables, some combined in one row), and inline-SVG charts of the
 * equity curve and of the drawdown from the running peak. No script, font or image is fetched, so the
 * file can be mailed or opened offline.
 */
public final class HtmlReportWriter {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;
              background:#f5f6f8;color:#1d2330}
            main{max-width:1080px;margin:0 auto;padding:24px}
            h1{font-size:22px;margin:0 0 4px} h2{font-size:16px;margin:28px 0 8px}
            .muted{color:#5d6677}
            .cards{display:grid;grid-template-columns:repeat(6,1fr);gap:10px;margin-top:18px}
            .card{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:10px 12px}
            .card .label{font-size:12px;color:#5d6677;text-transform:uppercase;letter-spacing:.03em}
            .card .value{font-size:20px;font-weight:600;margin-top:2px;font-variant-numeric:tabular-nums}
            .pos{color:#12805c} .neg{color:#c0392b}
            .chart{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:8px}
            .chart svg{width:100%;height:auto;display:block}
            .grid{stroke:#e6e9ef;stroke-width:1} .frame{stroke:#9aa3b2;stroke-width:1} .tick{stroke:#9aa3b2}
            .axis{font-size:12px;fill:#5d6677} .line{fill:none;stroke-width:2} .area{opacity:.25;stroke:none}
            .tables{display:grid;grid-template-columns:1fr 1fr;gap:16px}
            table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #dde1e8;border-radius:8px}
            th,td{padding:5px 10px;border-bottom:1px solid #eef0f4;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}
            th{font-size:12px;color:#5d6677;text-transform:uppercase;letter-spacing:.03em}
            footer{margin-top:28px;font-size:12px;color:#5d6677}
            """;

    private HtmlReportWriter() {
    }

    public static void write(ReplayReport report, Writer out) throws IOException {
        out.write(render(report));
    }

    public static String render(ReplayReport report) {
        ReplayReport.Run run = report.run();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>tradekit replay: ").append(Html.escape(run.tape())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>tradekit replay</h1>\n<div class=\"muted\">")
                .append(Html.escape(run.tape()))
                .append(run.resolutions() == null ? "" : " + " + Html.escape(run.resolutions()))
                .append(" &middot; store ").append(Html.escape(run.store()))
                .append(" &middot; account ").append(Html.escape(run.account()))
                .append("<br>window ").append(run.windowStart()).append(" .. ").append(run.windowEnd())
                .append(" (").append(Html.escape(run.zone().getId())).append(") &middot; ")
                .append(run.strategy() != null ? "strategy " + Html.escape(run.strategy())
                        : "buy the first print &ge; " + Figures.price(run.threshold()) + ", stake "
                        + Figures.price(run.stake()))
                .append(", fee ").append(Figures.price(run.feeBps())).append(" bps, max age ")
                .append(run.maxAgeSeconds()).append(" s</div>\n");

        html.append("<div class=\"cards\">\n");
        card(html, report, NET_PROFIT, sign(report, NET_PROFIT));
        card(html, report, ENDING_EQUITY, "");
        card(html, report, WIN_RATE, "");
        card(html, report, PROFIT_FACTOR, "");
        card(html, report, MAX_DRAWDOWN_PCT, MAX_DRAWDOWN_PCT.signum(report) == 0 ? "" : "neg");
        card(html, report, SHARPE, sign(report, SHARPE));
        html.append("</div>\n");

        List<SvgChart.Step> equity = equitySteps(report);
        html.append("<h2>Equity curve</h2>\n<div class=\"chart\">\n")
                .append(SvgChart.render("Equity curve: starting capital plus cumulative net realized P&L", equity,
                        run.windowStart(), run.windowEnd(), run.zone(), "", "#2f6fdb", false))
                .append("</div>\n");
        html.append("<h2>Drawdown from the running peak</h2>\n<div class=\"chart\">\n")
                .append(SvgChart.render("Drawdown in percent below the running equity peak", drawdownSteps(equity),
                        run.windowStart(), run.windowEnd(), run.zone(), "%", "#c0392b", true))
                .append("</div>\n");

        html.append("<h2>Summary</h2>\n<div class=\"tables\">\n<table>\n<tr><th colspan=\"2\">Tape and signals</th></tr>\n");
        rows(html, report, PRINTS, PRINTS_NEW, LATE_SKIPPED, RESOLVED_SKIPPED, STALE_SKIPPED, TRIGGERS, ENTRIES,
                REJECTED_BY_RISK);
        tr(html, "Closed (wins / losses / breakeven)",
                CLOSED.text(report) + " (" + ReportFigures.joined(report, " / ", WINS, LOSSES, BREAKEVENS) + ")");
        tr(html, "Open (cost basis)", OPEN.text(report) + " (" + OPEN_COST_BASIS.text(report) + ")");
        tr(html, "Unrealized P&L of open positions", UNREALIZED_PNL.text(report));
        html.append("</table>\n<table>\n<tr><th colspan=\"2\">Performance</th></tr>\n");
        rows(html, report, NET_PROFIT);
        tr(html, "Gross profit / gross loss", ReportFigures.joined(report, " / ", GROSS_PROFIT, GROSS_LOSS));
        rows(html, report, PROFIT_FACTOR);
        tr(html, "Average win / average loss", ReportFigures.joined(report, " / ", AVERAGE_WIN, AVERAGE_LOSS));
        tr(html, "Largest win / largest loss", ReportFigures.joined(report, " / ", LARGEST_WIN, LARGEST_LOSS));
        rows(html, report, EXPECTANCY);
        tr(html, MAX_DRAWDOWN.title(), MAX_DRAWDOWN.text(report) + " (" + MAX_DRAWDOWN_PCT.text(report) + ")");
        tr(html, "Sharpe / Sortino", ReportFigures.joined(report, " / ", SHARPE, SORTINO));
        tr(html, "CAGR / Calmar", ReportFigures.joined(report, " / ", CAGR, CALMAR));
        tr(html, "Equity", ReportFigures.joined(report, " \u2192 ", STARTING_CAPITAL, ENDING_EQUITY));
        html.append("</table>\n</div>\n");
        html.append("<footer>Absent figures (n/a) are those the definitions leave undefined, e.g. a profit factor ")
                .append("without any loss, or a Sharpe ratio with fewer than two daily returns. Definitions: ")
                .append("docs/analytics.md and docs/replay.md.</footer>\n");
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The equity curve from the window start: starting capital, then a step at each close. */
    static List<SvgChart.Step> equitySteps(ReplayReport report) {
        List<SvgChart.Step> steps = new ArrayList<>();
        List<EquityPoint> curve = report.performance().equityCurve();
        if (curve.isEmpty() || curve.get(0).at().isAfter(report.run().windowStart())) {
            steps.add(new SvgChart.Step(report.run().windowStart(), report.performance().startingCapital().amount()));
        }
        for (EquityPoint point : curve) {
            steps.add(new SvgChart.Step(point.at(), point.equity().amount()));
        }
        return steps;
    }

    /** Drawdown below the running peak, in percent, drawn downwards (0 at a new peak). */
    static List<SvgChart.Step> drawdownSteps(List<SvgChart.Step> equity) {
        List<SvgChart.Step> steps = new ArrayList<>();
        BigDecimal peak = null;
        for (SvgChart.Step s : equity) {
            peak = peak == null || s.value().compareTo(peak) > 0 ? s.value() : peak;
            BigDecimal pct = peak.signum() <= 0 ? BigDecimal.ZERO
                    : peak.subtract(s.value()).divide(peak, MathContext.DECIMAL64).movePointRight(2).negate();
            steps.add(new SvgChart.Step(s.at(), pct));
        }
        return steps;
    }

    private static void card(StringBuilder html, ReplayReport report, Figure figure, String cssClass) {
        html.append("<div class=\"card\"><div class=\"label\">").append(Html.escape(figure.title()))
                .append("</div><div class=\"value ").append(cssClass).append("\">")
                .append(Html.escape(figure.text(report))).append("</div></div>\n");
    }

    /** One row per figure, under its title. */
    private static void rows(StringBuilder html, ReplayReport report, Figure... figures) {
        for (Figure figure : figures) {
            tr(html, figure.title(), figure.text(report));
        }
    }

    private static void tr(StringBuilder html, String label, String value) {
        html.append("<tr><td>").append(Html.escape(label)).append("</td><td class=\"num\">").append(Html.escape(value)).append("</td></tr>\n");
    }

    private static String sign(ReplayReport report, Figure figure) {
        int signum = figure.signum(report);
        return signum == 0 ? "" : signum > 0 ? "pos" : "neg";
    }
}
