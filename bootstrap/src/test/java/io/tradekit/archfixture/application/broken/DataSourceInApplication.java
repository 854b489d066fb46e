package io.tradekit.archfixture.application.broken;

import javax.sql.DataSource;

/** Breaks: a use case holds a JDBC data source. */
public class DataSourceInApplication {
    private final DataSource dataSource;

    public DataSourceInApplication(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
