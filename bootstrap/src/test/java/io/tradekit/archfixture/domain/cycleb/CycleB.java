package io.tradekit.archfixture.domain.cycleb;

import io.tradekit.archfixture.domain.cyclea.CycleA;

/** Breaks (with CycleA): two aggregates that depend on each other. */
public record CycleB(CycleA other) {
}
