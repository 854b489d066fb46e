package io.tradekit.archfixture.domain.broken;

import java.sql.Connection;

/** Breaks: the domain uses JDBC (java.sql is java.*, so only the framework rule catches it). */
public class JdbcInDomain {
    public boolean closed(Connection connection) throws java.sql.SQLException {
        return connection.isClosed();
    }
}
