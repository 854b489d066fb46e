package io.tradekit.archfixture.domain.cyclea;

import io.tradekit.archfixture.domain.cycleb.CycleB;

/** Breaks (with CycleB): two aggregates that depend on each other. */
public record CycleA(CycleB other) {
}
