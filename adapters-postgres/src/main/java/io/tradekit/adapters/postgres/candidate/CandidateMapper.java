package io.tradekit.adapters.postgres.candidate;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL in CandidateMapper.xml. */
interface CandidateMapper {
    /** 1 when stored (at version 1), 0 when the id was taken. */
    int insertIfAbsent(CandidateRow row);

    /** 1 when the row was at {@code row.version()} and now holds the decision one past it, else 0. */
    int update(CandidateRow row);

    CandidateRow find(@Param("accountId") String accountId, @Param("candidateId") String candidateId);

    List<CandidateRow> findPending(@Param("accountId") String accountId);

    List<CandidateRow> findDueToExpire(@Param("now") Instant now, @Param("limit") int limit);

    List<CandidateRow> findApproved(@Param("accountId") String accountId, @Param("from") Instant from,
            @Param("to") Instant to);
}
