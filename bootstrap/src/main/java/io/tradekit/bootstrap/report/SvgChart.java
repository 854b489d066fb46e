package io.tradekit.bootstrap.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small inline-SVG step chart over time, with value and date axes: no script, no font, no external
 * file. Doubles are used only for pixel coordinates; the figures themselves stay BigDecimal.
 */
final class SvgChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 300;
    private static final int LEFT = 80;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ROOT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ROOT);

    /** A point where the series steps to a new value. */
    record Step(Instant at, BigDecimal value) {
    }

    private SvgChart() {
    }

    /**
     * A step series from {@code start} to {@code end}: the value holds until the next step. {@code fill}
     * shades the area between the line and zero (for the drawdown).
     */
    static String render(String title, List<Step> steps, Instant start, Instant end, ZoneId zone, String unit,
            String lineColor, boolean fill) {
        if (!end.isAfter(start)) {
            end = start.plusSeconds(1);
        }
        double min = 0;
        double max = 0;
        boolean first = true;
        for (Step s : steps) {
            double v = s.value().doubleValue();
            if (first) {
                min = v;
                max = v;
                first = false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (fill) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        if (max - min < 1e-9) {
            double pad = Math.max(Math.abs(max) * 0.01, 1);
            min -= pad;
            max += pad;
        }
        double[] ticks = niceTicks(min, max, 5);
        min = Math.min(min, ticks[0]);
        max = Math.max(max, ticks[ticks.length - 1]);

        Frame frame = new Frame(start, end, min, max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
        svg.append("<title>").append(Html.escape(title)).append("</title>\n");
        // value grid and labels
        for (double t : ticks) {
            double y = frame.y(t);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s%s</text>%n",
                    LEFT - 8, y + 4, Html.escape(label(t, ticks)), Html.escape(unit)));
        }
        // time labels
        for (Instant t : timeTicks(start, end, zone)) {
            double x = frame.x(t);
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"tick\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n", x, HEIGHT - BOTTOM, x,
                    HEIGHT - BOTTOM + 5));
            String text = Duration.between(start, end).toDays() >= 2 ? DAY.format(t.atZone(zone))
                    : DAY_TIME.format(t.atZone(zone));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, HEIGHT - BOTTOM + 20, Html.escape(text)));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"frame\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line class=\"frame\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n",
                LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        if (!steps.isEmpty()) {
            String path = stepPath(steps, frame, end);
            if (fill) {
                double zero = frame.y(0);
                svg.append("<path class=\"area\" fill=\"").append(lineColor).append("\" d=\"M")
                        .append(String.format(Locale.ROOT, "%.1f,%.1f ", frame.x(steps.get(0).at()), zero))
                        .append(path.substring(1))
                        .append(String.format(Locale.ROOT, " L%.1f,%.1f Z", frame.x(end), zero)).append("\"/>\n");
            }
            svg.append("<path class=\"line\" stroke=\"").append(lineColor).append("\" d=\"").append(path)
                    .append("\"/>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String stepPath(List<Step> steps, Frame frame, Instant end) {
        StringBuilder d = new StringBuilder();
        double previousY = 0;
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            double x = frame.x(s.at());
            double y = frame.y(s.value().doubleValue());
            if (i == 0) {
                d.append(String.format(Locale.ROOT, "M%.1f,%.1f", x, y));
            } else {
                d.append(String.format(Locale.ROOT, " L%.1f,%.1f L%.1f,%.1f", x, previousY, x, y));
            }
            previousY = y;
        }
        d.append(String.format(Locale.ROOT, " L%.1f,%.1f", frame.x(end), previousY));
        return d.toString();
    }

    /** Round tick values (1, 2 or 5 times a power of ten) covering [min, max]. */
    static double[] niceTicks(double min, double max, int wanted) {
        double raw = (max - min) / wanted;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            step = m * magnitude;
            if (raw <= step) {
                break;
            }
        }
        double from = Math.floor(min / step) * step;
        double to = Math.ceil(max / step) * step;
        int n = (int) Math.round((to - from) / step) + 1;
        double[] ticks = new double[n];
        // decimal steps, so -0.4 is -0.4 and not -0.3999999999999999
        BigDecimal first = new BigDecimal(Double.toString(from));
        BigDecimal increment = new BigDecimal(Double.toString(step));
        for (int i = 0; i < n; i++) {
            ticks[i] = first.add(increment.multiply(BigDecimal.valueOf(i))).doubleValue();
        }
        return ticks;
    }

    private static String label(double value, double[] ticks) {
        double step = ticks.length > 1 ? ticks[1] - ticks[0] : 1;
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        if (Math.abs(value) < step / 1e6) {
            value = 0;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Midnights in the zone when the window spans days, else about six evenly spaced instants. */
    private static List<Instant> timeTicks(Instant start, Instant end, ZoneId zone) {
        List<Instant> ticks = new ArrayList<>();
        long days = Duration.between(start, end).toDays();
        if (days >= 2) {
            long every = Math.max(1, (days + 11) / 12);
            LocalDate day = start.atZone(zone).toLocalDate().plusDays(1);
            for (Instant t = day.atStartOfDay(zone).toInstant(); !t.isAfter(end);
                    day = day.plusDays(every), t = day.atStartOfDay(zone).toInstant()) {
                ticks.add(t);
            }
        } else {
            Duration step = Duration.between(start, end).dividedBy(6);
            for (int i = 0; i <= 6; i++) {
                ticks.add(start.plus(step.multipliedBy(i)));
            }
        }
        return ticks;
    }

    private record Frame(Instant start, Instant end, double min, double max) {
        double x(Instant t) {
            double span = Duration.between(start, end).toMillis();
            double at = Duration.between(start, t).toMillis();
            return LEFT + (WIDTH - LEFT - RIGHT) * (at / span);
        }

        double y(double v) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (v - min) / (max - min));
        }
    }
}
