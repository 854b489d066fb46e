package io.tradekit.bootstrap.replay;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file with a header row, checking the header (required columns present, no unknown or
 * repeated column) and the shape of every row, and hands each well-shaped row to a handler together
 * with its line number. Columns are found by name, in any order. Blank lines are skipped; a row that
 * repeats the header (two files pasted together) is a problem, like a row with a column missing.
 */
final class CsvTable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    /** One data row: its cells by column name, already trimmed. */
    interface Row {
        long line();

        /** The cell of a column of the header; null for an optional column the file does not have. */
        String get(String column);
    }

    interface RowHandler {
        void row(Row row);
    }

    private final String file;
    private final List<String> required;
    private final List<String> optional;
    private final InputProblems problems;

    CsvTable(String file, List<String> required, List<String> optional, InputProblems problems) {
        this.file = file;
        this.required = required;
        this.optional = optional;
        this.problems = problems;
    }

    /** Reads the whole file; problems are collected, not thrown, so the caller sees them all. */
    void read(Reader reader, RowHandler handler) {
        try (CSVParser parser = FORMAT.parse(skipByteOrderMark(reader))) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> columns = null;
            List<String> headerCells = null;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    // commons-csv reports an unterminated quote this way
                    problems.add(file, line, "row", "unreadable CSV: " + rootMessage(e));
                    return;
                }
                List<String> cells = record.toList();
                if (isBlank(cells)) {
                    continue;
                }
                if (columns == null) {
                    headerCells = lower(cells);
                    columns = header(line, headerCells);
                    if (columns == null) {
                        return; // a broken header makes every row unreadable: one problem, not thousands
                    }
                    continue;
                }
                if (repeatsHeader(cells, headerCells)) {
                    problems.add(file, line, "header", "the header row appears again (two files pasted together?)");
                    continue;
                }
                if (cells.size() != headerCells.size()) {
                    shapeProblem(line, cells.size(), headerCells);
                    continue;
                }
                Map<String, Integer> byName = columns;
                handler.row(new Row() {
                    @Override
                    public long line() {
                        return line;
                    }

                    @Override
                    public String get(String column) {
                        Integer index = byName.get(column);
                        return index == null ? null : cells.get(index);
                    }
                });
            }
            if (columns == null) {
                problems.add(file, 1, "header", "the file is empty; expected the header " + String.join(",", expected()));
            }
        } catch (IOException e) {
            problems.add(file, 0, "file", "cannot read: " + rootMessage(e));
        }
    }

    private Map<String, Integer> header(long line, List<String> cells) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            if (columns.containsKey(name)) {
                problems.add(file, line, "header", "duplicate column " + InputCells.echo(name));
                ok = false;
            } else if (!required.contains(name) && !optional.contains(name)) {
                problems.add(file, line, "header", "unknown column " + InputCells.echo(name) + "; expected "
                        + String.join(",", expected()));
                ok = false;
            }
            columns.putIfAbsent(name, i);
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                problems.add(file, line, "header", "missing column '" + name + "'; expected "
                        + String.join(",", expected()));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private void shapeProblem(long line, int size, List<String> header) {
        if (size < header.size()) {
            problems.add(file, line, header.get(size),
                    "missing (the row has " + size + " columns, the header " + header.size() + ")");
        } else {
            problems.add(file, line, "row", "has " + size + " columns, the header " + header.size());
        }
    }

    private List<String> expected() {
        List<String> all = new ArrayList<>(required);
        optional.forEach(o -> all.add("[" + o + "]"));
        return all;
    }

    private static List<String> lower(List<String> cells) {
        return cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * {@code lower(cells).equals(header)} without lowercasing every row: the header's names are ASCII, and a cell
     * whose lowercase equals an ASCII name also equals it ignoring case, so a first cell that does not is enough.
     */
    private static boolean repeatsHeader(List<String> cells, List<String> header) {
        return cells.size() == header.size() && cells.get(0).equalsIgnoreCase(header.get(0))
                && lower(cells).equals(header);
    }

    private static boolean isBlank(List<String> cells) {
        return cells.size() == 1 && cells.get(0).isEmpty();
    }

    private static Reader skipByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
