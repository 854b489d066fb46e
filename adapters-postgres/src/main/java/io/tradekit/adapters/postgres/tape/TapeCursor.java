package io.tradekit.adapters.postgres.tape;

import io.tradekit.adapters.postgres.StoreFailures;
import io.tradekit.domain.tape.MarketTrade;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.jdbc.JdbcTransaction;

/**
 * A window of the tape read through a server-side cursor ({@code fetchSize} rows at a time), on a pooled connection
 * of its own in a read-only transaction (PostgreSQL keeps a cursor only inside a transaction). Not Spring's: the
 * reader pulls rows between the caller's units of work, which must neither join this transaction nor see it as
 * theirs. Closing it closes the cursor and gives the connection back.
 */
final class TapeCursor implements Iterator<MarketTrade>, AutoCloseable {
    private final Connection connection;
    private final SqlSession session;
    private final Cursor<MarketTradeRow> cursor;
    private final Iterator<MarketTradeRow> rows;
    private final StoreFailures failures;
    private final String what;
    private boolean closed;

    private TapeCursor(Connection connection, SqlSession session, Cursor<MarketTradeRow> cursor, StoreFailures failures,
            String what) {
        this.connection = connection;
        this.session = session;
        this.cursor = cursor;
        this.rows = cursor.iterator();
        this.failures = failures;
        this.what = what;
    }

    static Stream<MarketTrade> open(Configuration configuration, DataSource dataSource, StoreFailures failures,
            String what, Instant from, Instant to, List<String> markets) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw failures.translate(what, e);
        }
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Executor executor = configuration.newExecutor(new JdbcTransaction(connection), ExecutorType.SIMPLE);
            SqlSession session = new DefaultSqlSession(configuration, executor, false);
            Cursor<MarketTradeRow> cursor = session.getMapper(MarketTradeMapper.class).streamWindow(from, to, markets);
            TapeCursor tape = new TapeCursor(connection, session, cursor, failures, what);
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(tape,
                    Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(tape::close);
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw failures.translate(what, e);
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return !closed && rows.hasNext();
        } catch (RuntimeException e) {
            throw failures.translate(what, e);
        }
    }

    @Override
    public MarketTrade next() {
        try {
            return rows.next().toMarketTrade();
        } catch (java.util.NoSuchElementException e) {
            throw e;
        } catch (RuntimeException e) {
            throw failures.translate(what, e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        try {
            cursor.close();
        } catch (IOException | RuntimeException e) {
            failure = failures.translate("close the cursor of " + what, e);
        }
        try {
            connection.rollback(); // read only: nothing to keep
            connection.setReadOnly(false); // a pool that does not reset it would hand a read-only connection to a writer
        } catch (SQLException e) {
            // the connection is gone: the server dropped the cursor with it
        }
        try {
            session.close(); // gives the connection back to the pool
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = failures.translate("close the cursor of " + what, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
