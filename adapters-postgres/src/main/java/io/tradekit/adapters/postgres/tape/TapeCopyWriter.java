package io.tradekit.adapters.postgres.tape;

import io.tradekit.domain.tape.MarketTrade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
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
    static final String STAGING_COLUMNS = "(ord, trade_id, condition_id, token_id, price, size, taker_side, ts)";
    static final String TAPE_COLUMNS = "(trade_id, condition_id, token_id, price, size, taker_side, ts)";

    private static final int CHUNK = 1 << 16;

    private TapeCopyWriter() {
    }

    /**
     * Copies {@code trades} into {@code table} on {@code connection} (a pooled proxy is unwrapped).
     * With {@code ordinal} the first column is each print's position in the batch.
     *
     * @return rows copied
     */
    static long copy(Connection connection, String table, boolean ordinal, Collection<MarketTrade> trades)
            throws SQLException, IOException {
        CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY " + table + " " + (ordinal ? STAGING_COLUMNS : TAPE_COLUMNS) + " FROM STDIN";
        CopyIn in = copyManager.copyIn(sql);
        try {
            StringBuilder line = new StringBuilder(256);
            byte[] chunk = new byte[CHUNK];
            int used = 0;
            long ord = 0;
            for (MarketTrade t : trades) {
                line.setLength(0);
                if (ordinal) {
                    line.append(ord++).append('\t');
                }
                appendId(line, t.tradeId().value()).append('\t');
                appendId(line, t.conditionId().value()).append('\t');
                appendId(line, t.tokenId().value()).append('\t');
                line.append(t.price().value().toPlainString()).append('\t');
                line.append(t.size().value().toPlainString()).append('\t');
                line.append(t.takerSide().name()).append('\t');
                line.append(t.timestamp().toString()).append('\n');
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

    private static StringBuilder appendId(StringBuilder line, String id) {
        if (id.indexOf('\\') < 0) {
            return line.append(id);
        }
        return line.append(id.replace("\\", "\\\\"));
    }
}
