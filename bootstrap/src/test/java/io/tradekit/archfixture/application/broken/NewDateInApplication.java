package io.tradekit.archfixture.application.broken;

import java.util.Date;

/** Breaks: a use case reads the wall clock through new Date(). */
public class NewDateInApplication {
    public Date now() {
        return new Date();
    }
}
