package io.tradekit.archfixture.domain.broken;

import org.springframework.stereotype.Component;

/** Breaks: the domain depends on Spring. */
@Component
public class SpringInDomain {
}
