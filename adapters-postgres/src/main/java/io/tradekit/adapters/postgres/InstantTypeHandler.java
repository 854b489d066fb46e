package io.tradekit.adapters.postgres;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Instants travel as {@code timestamptz} through {@link OffsetDateTime} at UTC: no detour through
 * {@code java.sql.Timestamp} and the JVM's default time zone, so a value reads back exactly as written.
 */
final class InstantTypeHandler extends BaseTypeHandler<Instant> {
    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setObject(i, toOffsetDateTime(parameter), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /**
     * A time beyond what the store holds can only be a query bound (writes refuse it first, see
     * {@link Bounds}): it goes as -infinity or infinity (the driver's mapping of OffsetDateTime.MIN and MAX),
     * which every stored time compares with as with the bound itself. Converting it as a date would fail
     * (Instant.MIN is outside OffsetDateTime's range) or, before 4713 BC, become -infinity silently anyway.
     */
    private static OffsetDateTime toOffsetDateTime(Instant parameter) {
        if (parameter.isBefore(Bounds.EARLIEST)) {
            return OffsetDateTime.MIN;
        }
        if (parameter.isAfter(Bounds.LATEST)) {
            return OffsetDateTime.MAX;
        }
        return OffsetDateTime.ofInstant(parameter, ZoneOffset.UTC);
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toInstant(rs.getObject(columnName, OffsetDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toInstant(rs.getObject(columnIndex, OffsetDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toInstant(cs.getObject(columnIndex, OffsetDateTime.class));
    }

    private static Instant toInstant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
