package io.tradekit.archfixture.domain.broken;

import java.util.logging.Logger;

/** Breaks: the domain logs through java.util.logging. */
public class JulInDomain {
    private static final Logger LOG = Logger.getLogger("domain");

    public void say(String what) {
        LOG.info(what);
    }
}
