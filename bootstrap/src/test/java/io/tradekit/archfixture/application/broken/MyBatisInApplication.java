package io.tradekit.archfixture.application.broken;

import org.apache.ibatis.session.SqlSession;

/** Breaks: a use case talks to MyBatis. */
public class MyBatisInApplication {
    public Object one(SqlSession session) {
        return session.selectOne("x");
    }
}
