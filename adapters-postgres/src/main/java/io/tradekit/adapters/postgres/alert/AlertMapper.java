package io.tradekit.adapters.postgres.alert;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in AlertMapper.xml. */
interface AlertMapper {
    /** 1 when raised (at version 1), 0 when the key was taken. */
    int raiseIfAbsent(AlertRow row);

    void insertFigures(@Param("alert") AlertRow alert, @Param("figures") List<AlertFigureRow> figures);

    /** 1 when the row was at {@code row.version()} and is now one past it, else 0. */
    int update(AlertRow row);

    AlertRow find(@Param("accountId") String accountId, @Param("alertKey") String alertKey);

    List<AlertRow> findOpen(@Param("accountId") String accountId);

    /** The figures of the account's alerts with these keys. */
    List<AlertFigureRow> findFigures(@Param("accountId") String accountId, @Param("keys") List<String> keys);
}
