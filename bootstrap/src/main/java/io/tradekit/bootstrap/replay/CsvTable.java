package io.tradekit.bootstrap.replay;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV file with a header row, checking the header (required columns present, no unknown or
 * repeated column) and the shape of every row, and hands each well-shaped row to a handler together
 * with its line number. Columns are found by name, in any order. Blank lines are skipped; a row that
 * repeats the header (two files pasted together) is a problem, like a row with a column missing.
 *
 * <p>The CSV is RFC 4180 read exactly as commons-csv's {@code CSVFormat.RFC4180} with {@code trim} reads it (quoted
 * cells, doubled quotes, line breaks inside quotes, {@code \n}, {@code \r\n} or {@code \r} between records, every
 * cell trimmed like {@link String#trim}), with the same messages for a broken quote. It is written by hand because
 * the tape is millions of rows: the cells of a row are kept in one reused char array, so a row costs no object
 * unless its handler asks for a cell as a String. {@code CsvTableTest} checks it against commons-csv on every form.
 */
final class CsvTable {
    /** One data row: its cells by column name or index, already trimmed; valid only inside the handler's call. */
    interface Row {
        long line();

        /** The cell of a column of the header; null for an optional column the file does not have. */
        String get(String column);

        /** The index of a column of the header, -1 when the file does not have it. */
        int index(String column);

        /** The text of the cell at {@code index}. */
        String get(int index);

        /** The characters of the row; cell {@code i} is {@code chars()[start(i)] .. chars()[end(i) - 1]}. */
        char[] chars();

        int start(int index);

        int end(int index);
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
        Lexer records;
        try {
            records = new Lexer(reader);
        } catch (IOException e) {
            problems.add(file, 0, "file", "cannot read: " + rootMessage(e));
            return;
        }
        Map<String, Integer> columns = null;
        List<String> headerCells = null;
        DataRow row = new DataRow(records);
        while (true) {
            long line = records.lineBreaks() + 1;
            try {
                if (!records.next()) {
                    break;
                }
            } catch (IOException e) {
                // a broken quote, or the file failing mid-way: the rows before it were handled
                problems.add(file, line, "row", "unreadable CSV: " + rootMessage(e));
                return;
            }
            if (records.isBlank()) {
                continue;
            }
            if (columns == null) {
                headerCells = lower(records.cellList());
                columns = header(line, headerCells);
                if (columns == null) {
                    return; // a broken header makes every row unreadable: one problem, not thousands
                }
                row.columns = columns;
                continue;
            }
            if (records.repeats(headerCells)) {
                problems.add(file, line, "header", "the header row appears again (two files pasted together?)");
                continue;
            }
            if (records.cells() != headerCells.size()) {
                shapeProblem(line, records.cells(), headerCells);
                continue;
            }
            row.line = line;
            handler.row(row);
        }
        if (columns == null) {
            problems.add(file, 1, "header", "the file is empty; expected the header " + String.join(",", expected()));
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The row handed to the handler: a view of the lexer's current record. */
    private static final class DataRow implements Row {
        private final Lexer record;
        private Map<String, Integer> columns;
        private long line;

        DataRow(Lexer record) {
            this.record = record;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public String get(String column) {
            int index = index(column);
            return index < 0 ? null : get(index);
        }

        @Override
        public int index(String column) {
            Integer index = columns.get(column);
            return index == null ? -1 : index;
        }

        @Override
        public String get(int index) {
            return record.cell(index);
        }

        @Override
        public char[] chars() {
            return record.chars;
        }

        @Override
        public int start(int index) {
            return record.starts[index];
        }

        @Override
        public int end(int index) {
            return record.ends[index];
        }
    }

    /**
     * RFC 4180 records, as commons-csv 1.14 reads {@code CSVFormat.RFC4180} with {@code trim(true)} and
     * {@code ignoreEmptyLines(false)}: the same cells, line numbers and messages for a broken quote. A byte-order
     * mark at the start is dropped.
     */
    static final class Lexer {
        private static final int END = -1;

        private final Reader in;
        private final char[] buffer = new char[1 << 16];
        private int pos;
        private int limit;
        /** Characters before {@code buffer[0]}, for the position in a message. */
        private long consumed;
        private long lineBreaks;

        /** The current record: its cells' characters (unquoted), and each cell's trimmed bounds. */
        char[] chars = new char[256];
        private int length;
        int[] starts = new int[16];
        int[] ends = new int[16];
        private int cells;

        Lexer(Reader in) throws IOException {
            this.in = in;
            if (fill() && buffer[0] == '\uFEFF') {
                pos = 1;
                consumed = -1; // commons-csv never sees the mark
            }
        }

        /** Line breaks read so far: the line a record starts on is this + 1, before it is read. */
        long lineBreaks() {
            return lineBreaks;
        }

        int cells() {
            return cells;
        }

        String cell(int index) {
            return new String(chars, starts[index], ends[index] - starts[index]);
        }

        List<String> cellList() {
            List<String> list = new ArrayList<>(cells);
            for (int i = 0; i < cells; i++) {
                list.add(cell(i));
            }
            return list;
        }

        boolean isBlank() {
            return cells == 1 && starts[0] == ends[0];
        }

        /** {@code lower(cells).equals(header)}, without a String per cell for a row that is plainly not a header. */
        boolean repeats(List<String> header) {
            if (cells != header.size()) {
                return false;
            }
            String first = header.get(0);
            if (ends[0] - starts[0] != first.length()) {
                return false;
            }
            for (int k = 0; k < first.length(); k++) { // String.equalsIgnoreCase, character by character
                if (foldCase(chars[starts[0] + k]) != foldCase(first.charAt(k))) {
                    return false;
                }
            }
            return lower(cellList()).equals(header);
        }

        /** Two characters are equal ignoring case (as String.equalsIgnoreCase has it) when these are equal. */
        private static char foldCase(char c) {
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        /** Reads the next record; false at the end of the file. */
        boolean next() throws IOException {
            cells = 0;
            length = 0;
            int c = read();
            if (c == END) {
                return false;
            }
            while (true) {
                int start = length;
                boolean last;
                if (c == '"') {
                    last = quoted();
                } else {
                    last = simple(c);
                }
                addCell(start);
                if (last) {
                    return true;
                }
                c = read();
            }
        }

        /** A cell not in quotes, from its first character {@code c}; true when the record ends after it. */
        private boolean simple(int c) throws IOException {
            while (true) {
                if (c == ',') {
                    return false;
                }
                if (c == '\n' || c == '\r' || c == END) {
                    endOfLine(c);
                    return true;
                }
                append((char) c);
                // the rest of the cell within the buffer, copied at once
                int from = pos;
                int p = from;
                char[] b = buffer;
                while (p < limit) {
                    char ch = b[p];
                    if (ch <= ',' && (ch == ',' || ch == '\n' || ch == '\r')) { // one comparison for most characters
                        break;
                    }
                    p++;
                }
                if (p > from) {
                    append(b, from, p - from);
                    pos = p;
                }
                c = read();
            }
        }

        /** A cell in quotes, after its opening quote; true when the record ends after it. */
        private boolean quoted() throws IOException {
            long startLine = lineBreaks + 1;
            int previous = '"';
            while (true) {
                int c = read();
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"');
                        previous = '"';
                        continue;
                    }
                    // the closing quote: only white space may come before the delimiter or the end of the line
                    while (true) {
                        c = read();
                        if (c == ',') {
                            return false;
                        }
                        if (c == END || c == '\n' || c == '\r') {
                            endOfLine(c);
                            return true;
                        }
                        if (!Character.isWhitespace((char) c)) {
                            throw new IOException(String.format(
                                    "Invalid character between encapsulated token and delimiter at line: %,d, position: %,d",
                                    lineBreaks + 1, consumed + pos));
                        }
                    }
                }
                if (c == END) {
                    throw new IOException(String.format("(startline %,d) EOF reached before encapsulated token finished",
                            startLine));
                }
                if (c == '\r' || (c == '\n' && previous != '\r')) {
                    lineBreaks++;
                }
                previous = c;
                append((char) c);
            }
        }

        /** After a record's last cell: a line break (\r\n counts once) or the end of the file. */
        private void endOfLine(int c) throws IOException {
            if (c == END) {
                return;
            }
            if (c == '\r' && peek() == '\n') {
                read();
            }
            lineBreaks++;
        }

        private void addCell(int start) {
            int end = length;
            while (start < end && chars[start] <= ' ') {
                start++;
            }
            while (end > start && chars[end - 1] <= ' ') {
                end--;
            }
            if (cells == starts.length) {
                starts = java.util.Arrays.copyOf(starts, cells * 2);
                ends = java.util.Arrays.copyOf(ends, cells * 2);
            }
            starts[cells] = start;
            ends[cells] = end;
            cells++;
        }

        private void append(char c) {
            if (length == chars.length) {
                chars = java.util.Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
        }

        private void append(char[] from, int offset, int count) {
            if (length + count > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(length + count, length * 2));
            }
            System.arraycopy(from, offset, chars, length, count);
            length += count;
        }

        private int read() throws IOException {
            if (pos == limit && !fill()) {
                return END;
            }
            return buffer[pos++];
        }

        private int peek() throws IOException {
            if (pos == limit && !fill()) {
                return END;
            }
            return buffer[pos];
        }

        private boolean fill() throws IOException {
            consumed += limit;
            pos = 0;
            limit = 0;
            int n;
            do {
                n = in.read(buffer, 0, buffer.length);
            } while (n == 0);
            if (n < 0) {
                return false;
            }
            limit = n;
            return true;
        }
    }
}
