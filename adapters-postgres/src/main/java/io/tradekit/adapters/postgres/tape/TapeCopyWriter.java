package io.tradekit.adapters.postgres.tape;

import io.tradekit.domain.tape.MarketTrade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams prints to PostgreSQL's {@code COPY ... FROM STDIN} in text format, in chunks, without
 * building the whole batch in memory. Ids are printable ASCII without spaces, so the only character
 * the text format needs escaped is the backslash.
 */
final class TapeCopyWriter {
    static final String COLUMNS = "(trade_id, condition_id, token_id, price, size, taker_side, ts)";

    private static final int CHUNK = 1 << 16;

    private TapeCopyWriter() {
    }

    /**
     * Copies {@code trades} into {@code table} (the tape's columns) on {@code connection}; a pooled
     * proxy is unwrapped to the driver's connection.
     *
     * @return rows copied
     */
    static long copy(Connection connection, String table, Collection<MarketTrade> trades)
            throws SQLException, IOException {
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY " + table + " " + COLUMNS + " FROM STDIN";
        CopyIn in = copyManager.copyIn(sql);
        try {
            StringBuilder line = new StringBuilder(256);
            byte[] chunk = new byte[CHUNK];
            int used = 0;
            for (MarketTrade t : trades) {
                line.setLength(0);
                appendId(line, t.tradeId().value()).append('\t');
                appendId(line, t.conditionId().value()).append('\t');
                appendId(line, t.tokenId().value()).append('\t');
                line.append(t.price().value().toPlainString()).append('\t');
                line.append(t.size().value().toPlainString()).append('\t');
                line.append(t.takerSide().name()).append('\t');
                appendTimestamp(line, t.timestamp()).append('\n');
                byte[] bytes = line.toString().getBytes(StandardCharsets.US_ASCII);
                if (used + bytes.length > chunk.length) {
                    in.writeToCopy(chunk, 0, used);
                    used = 0;
                    if (bytes.length > chunk.length) {
                        chunk = new byte[bytes.length];
                    }
                }
                System.arraycopy(bytes, 0, chunk, used, bytes.length);
                used += bytes.length;
            }
            if (used > 0) {
                in.writeToCopy(chunk, 0, used);
            }
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** 0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds: the years Instant.toString writes as 4 digits. */
    private static final long YEAR_1 = -62135596800L;
    private static final long YEAR_10000 = 253402300800L;
    private static final DateTimeFormatter AFTER_YEAR = DateTimeFormatter.ofPattern("-MM-dd HH:mm:ss.SSSSSS'+00'");

    /**
     * ISO 8601 as Instant.toString writes it, which PostgreSQL reads for the years 1 to 9999. Later years it
     * writes as "+10000-...", which PostgreSQL refuses though timestamptz holds them (and the single-row insert
     * stores them): those go without the sign. Earlier years never get here (the repository refuses them).
     */
    private static StringBuilder appendTimestamp(StringBuilder line, Instant ts) {
        long seconds = ts.getEpochSecond();
        if (seconds >= YEAR_1 && seconds < YEAR_10000) {
            return line.append(ts);
        }
        OffsetDateTime utc = ts.atOffset(ZoneOffset.UTC);
        return line.append(utc.getYear()).append(AFTER_YEAR.format(utc));
    }

    private static StringBuilder appendId(StringBuilder line, String id) {
        if (id.indexOf('\\') < 0) {
            return line.append(id);
        }
        return line.append(id.replace("\\", "\\\\"));
    }
}
