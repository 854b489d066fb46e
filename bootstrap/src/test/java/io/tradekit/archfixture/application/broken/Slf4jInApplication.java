package io.tradekit.archfixture.application.broken;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Breaks: a use case logs through SLF4J. */
public class Slf4jInApplication {
    private static final Logger LOG = LoggerFactory.getLogger(Slf4jInApplication.class);

    public void say(String what) {
        LOG.info(what);
    }
}
