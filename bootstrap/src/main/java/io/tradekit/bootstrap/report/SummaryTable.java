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

import io.tradekit.bootstrap.report.ReportFigures.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The report as the plain-text table the replay prints on stdout: the figures of {@link ReportFigures} under
 * their labels, in four sections, some combined in one row or beside another as a note.
 */
public final class SummaryTable {
    private static final int LABEL_WIDTH = 28;
    private static final int VALUE_WIDTH = 12;

    private SummaryTable() {
    }

    public static String render(ReplayReport report) {
        ReplayReport.Run run = report.run();
        List<String> lines = new ArrayList<>();
        lines.add("tradekit replay of " + run.tape() + (run.resolutions() == null ? "" : " + " + run.resolutions()));
        lines.add("  store " + run.store() + ", account " + run.account() + ", window " + run.windowStart() + " .. "
                + run.windowEnd() + " (" + run.zone().getId() + ")");
        lines.add("  strategy: " + (run.strategy() != null ? run.strategy()
                : "buy a token at the first print >= " + Figures.price(run.threshold()) + ", stake "
                + Figures.price(run.stake())) + ", fee " + Figures.price(run.feeBps()) + " bps, max age "
                + run.maxAgeSeconds() + " s");
        lines.add("");
        lines.add("Tape");
        rows(lines, report, PRINTS, PRINTS_NEW, LATE_SKIPPED, RESOLVED_SKIPPED, STALE_SKIPPED);
        lines.add("Signals");
        rows(lines, report, TRIGGERS, ENTRIES, REJECTED_BY_RISK);
        lines.add("Positions");
        row(lines, CLOSED.label(), CLOSED.text(report), note(report, WINS, LOSSES, BREAKEVENS));
        row(lines, OPEN.label(), OPEN.text(report), note(report, OPEN_COST_BASIS, UNREALIZED_PNL));
        rows(lines, report, WIN_RATE);
        lines.add("Performance");
        rows(lines, report, NET_PROFIT, GROSS_PROFIT, GROSS_LOSS, PROFIT_FACTOR);
        row(lines, "average win / loss", ReportFigures.joined(report, " / ", AVERAGE_WIN, AVERAGE_LOSS), null);
        rows(lines, report, EXPECTANCY);
        row(lines, MAX_DRAWDOWN.label(), MAX_DRAWDOWN.text(report), MAX_DRAWDOWN_PCT.text(report));
        rows(lines, report, SHARPE, SORTINO, CAGR, CALMAR);
        row(lines, "equity", ReportFigures.joined(report, " -> ", STARTING_CAPITAL, ENDING_EQUITY), null);
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    /** One row per figure, under its label. */
    private static void rows(List<String> lines, ReplayReport report, Figure... figures) {
        for (Figure figure : figures) {
            row(lines, figure.label(), figure.text(report), null);
        }
    }

    /** "wins 16, losses 4, breakeven 0": each figure's label and value. */
    private static String note(ReplayReport report, Figure... figures) {
        return Stream.of(figures).map(f -> f.label() + " " + f.text(report)).collect(Collectors.joining(", "));
    }

    private static void row(List<String> lines, String label, String value, String note) {
        StringBuilder line = new StringBuilder("  ").append(label);
        line.append(" ".repeat(Math.max(1, LABEL_WIDTH - label.length())));
        line.append(" ".repeat(Math.max(0, VALUE_WIDTH - value.length()))).append(value);
        if (note != null) {
            line.append("   (").append(note).append(')');
        }
        lines.add(line.toString());
    }
}
