package io.tradekit.domain.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradekit.domain.shared.AccountId;
import io.tradekit.domain.shared.ConditionId;
import io.tradekit.domain.shared.EventId;
import io.tradekit.domain.shared.IllegalTransitionException;
import io.tradekit.domain.shared.InvalidValueException;
import io.tradekit.domain.shared.Money;
import io.tradekit.domain.shared.Price;
import io.tradekit.domain.shared.Quantity;
import io.tradekit.domain.shared.TokenId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PositionTest {
    static final PositionId ID = PositionId.of("pos-1");
    static final AccountId ACCOUNT = AccountId.of("bot-1");
    static final ConditionId CONDITION = ConditionId.of("0xcond");
    static final TokenId TOKEN = TokenId.of("0xyes");
    static final EventId EVENT = EventId.of("election-2026");
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    static Money money(String s) {
        return Money.of(s);
    }

    static Price price(String s) {
        return Price.of(s);
    }

    static Quantity qty(String s) {
        return Quantity.of(s);
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static Position openLong(String quantity, String price, String fee) {
        return Position.open(ID, ACCOUNT, CONDITION, TOKEN, EVENT, PositionSide.LONG, qty(quantity), price(price),
                money(fee), T0);
    }

    static Position openShort(String quantity, String price, String fee) {
        return Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, PositionSide.SHORT, qty(quantity), price(price),
                money(fee), T0);
    }

    /** The worked example: buy 100 @ 0.40 (fee 0.40), buy 50 @ 0.55 (fee 0.20). */
    static Position boughtTwice() {
        return openLong("100", "0.40", "0.40").increase(qty("50"), price("0.55"), money("0.20"), at(1));
    }

    /** ... then sell 60 @ 0.70 (fee 0.30). */
    static Position boughtTwiceSoldSome() {
        return boughtTwice().reduce(qty("60"), price("0.70"), money("0.30"), at(2));
    }

    @Nested
    class Opening {
        @Test
        void theFirstFillSetsSizeCostAndEntry() {
            Position p = openLong("100", "0.40", "0.40");

            // cost basis = 100 x 0.40 = 40.00; the fee is kept apart, not added to cost
            assertThat(p.size()).isEqualTo(qty("100"));
            assertThat(p.costBasis()).isEqualTo(money("40"));
            assertThat(p.averageEntryPrice()).isEqualTo(price("0.40"));
            assertThat(p.currentPrice()).isEqualTo(price("0.40"));
            assertThat(p.fees()).isEqualTo(money("0.40"));
            assertThat(p.realizedPnl()).isEqualTo(Money.ZERO);
            assertThat(p.netRealizedPnl()).isEqualTo(money("-0.40"));
            assertThat(p.unrealizedPnl()).isEqualTo(Money.ZERO);
            assertThat(p.status()).isEqualTo(PositionStatus.OPEN);
            assertThat(p.isOpen()).isTrue();
            assertThat(p.side()).isEqualTo(PositionSide.LONG);
            assertThat(p.openedAt()).isEqualTo(T0);
            assertThat(p.updatedAt()).isEqualTo(T0);
            assertThat(p.closedAt()).isEmpty();
            assertThat(p.version()).isZero();
            assertThat(p.eventId()).contains(EVENT);
            assertThat(p.id()).isEqualTo(ID);
            assertThat(p.accountId()).isEqualTo(ACCOUNT);
            assertThat(p.conditionId()).isEqualTo(CONDITION);
            assertThat(p.tokenId()).isEqualTo(TOKEN);
        }

        @Test
        void eventIsOptional() {
            assertThat(openShort("1", "1", "0").eventId()).isEmpty();
        }

        @Test
        void timesAreKeptToTheMicrosecond() {
            Instant nanos = Instant.parse("2026-03-01T12:00:00.123456789Z");
            Position p = Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, PositionSide.LONG, qty("1"), price("0.5"),
                    Money.ZERO, nanos);

            assertThat(p.openedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
            assertThat(p.updatedAt()).isEqualTo(p.openedAt());
        }

        @Test
        void rejectsAZeroQuantityNamingTheField() {
            assertThatThrownBy(() -> openLong("0", "0.40", "0"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("quantity: cannot open a position with quantity 0.00000000");
        }

        @Test
        void rejectsANegativeFee() {
            assertThatThrownBy(() -> openLong("1", "0.40", "-0.01"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("fee: must not be negative, got -0.01000000");
        }

        @Test
        void rejectsMissingValuesNamingTheField() {
            assertInvalidField(() -> Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, PositionSide.LONG, qty("1"),
                    null, Money.ZERO, T0), "price");
            assertInvalidField(() -> Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, PositionSide.LONG, null,
                    price("1"), Money.ZERO, T0), "quantity");
            assertInvalidField(() -> Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, PositionSide.LONG, qty("1"),
                    price("1"), null, T0), "fee");
            assertInvalidField(() -> Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, PositionSide.LONG, qty("1"),
                    price("1"), Money.ZERO, null), "openedAt");
            assertInvalidField(() -> Position.open(ID, ACCOUNT, CONDITION, TOKEN, null, null, qty("1"),
                    price("1"), Money.ZERO, T0), "side");
            assertInvalidField(() -> Position.open(null, ACCOUNT, CONDITION, TOKEN, null, PositionSide.LONG,
                    qty("1"), price("1"), Money.ZERO, T0), "id");
            assertInvalidField(() -> Position.open(ID, null, CONDITION, TOKEN, null, PositionSide.LONG,
                    qty("1"), price("1"), Money.ZERO, T0), "accountId");
            assertInvalidField(() -> Position.open(ID, ACCOUNT, null, TOKEN, null, PositionSide.LONG,
                    qty("1"), price("1"), Money.ZERO, T0), "conditionId");
            assertInvalidField(() -> Position.open(ID, ACCOUNT, CONDITION, null, null, PositionSide.LONG,
                    qty("1"), price("1"), Money.ZERO, T0), "tokenId");
        }
    }

    @Nested
    class Increasing {
        @Test
        void averagesTheEntryOverSeveralFills() {
            Position p = boughtTwice();

            // cost = 100 x 0.40 + 50 x 0.55 = 40.00 + 27.50 = 67.50
            // avg  = 67.50 / 150 = 0.45
            assertThat(p.size()).isEqualTo(qty("150"));
            assertThat(p.costBasis()).isEqualTo(money("67.50"));
            assertThat(p.averageEntryPrice()).isEqualTo(price("0.45"));
            // fees = 0.40 + 0.20 = 0.60, apart from cost
            assertThat(p.fees()).isEqualTo(money("0.60"));
            assertThat(p.realizedPnl()).isEqualTo(Money.ZERO);
            // the last fill is the latest known price: value = 150 x 0.55 = 82.50, unrealized = 82.50 - 67.50
            assertThat(p.currentPrice()).isEqualTo(price("0.55"));
            assertThat(p.unrealizedPnl()).isEqualTo(money("15.00"));
            assertThat(p.openedAt()).isEqualTo(T0);
            assertThat(p.updatedAt()).isEqualTo(at(1));
        }

        @Test
        void threeFillsAverageToTheCostOverTheSize() {
            Position p = boughtTwice().increase(qty("50"), price("0.25"), Money.ZERO, at(3));

            // cost = 67.50 + 50 x 0.25 = 80.00; avg = 80.00 / 200 = 0.40
            assertThat(p.costBasis()).isEqualTo(money("80"));
            assertThat(p.averageEntryPrice()).isEqualTo(price("0.40"));
        }

        @Test
        void theAverageIsRoundedHalfEvenButTheCostBasisStaysExact() {
            // buy 1 @ 0.5, buy 2 @ 0.25: cost = 0.50 + 0.50 = 1.00 for 3 -> avg 0.33333333|33.. -> 0.33333333
            Position p = openLong("1", "0.5", "0").increase(qty("2"), price("0.25"), Money.ZERO, at(1));

            assertThat(p.costBasis()).isEqualTo(money("1"));
            assertThat(p.averageEntryPrice()).isEqualTo(price("0.33333333"));
            // 2 @ 1, 1 @ 0: cost 2.00 for 3 -> 0.66666666|66.. -> 0.66666667
            Position q = openLong("2", "1", "0").increase(qty("1"), price("0"), Money.ZERO, at(1));
            assertThat(q.averageEntryPrice()).isEqualTo(price("0.66666667"));
        }

        @Test
        void rejectsAZeroQuantityANegativeFeeAndAMissingPrice() {
            Position p = openLong("1", "0.5", "0");

            assertThatThrownBy(() -> p.increase(qty("0"), price("0.5"), Money.ZERO, at(1)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("quantity: cannot increase position pos-1 with quantity 0.00000000");
            assertThatThrownBy(() -> p.increase(qty("1"), price("0.5"), money("-1"), at(1)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("fee: must not be negative");
            assertInvalidField(() -> p.increase(qty("1"), null, Money.ZERO, at(1)), "price");
            assertInvalidField(() -> p.increase(qty("1"), price("0.5"), Money.ZERO, null), "updatedAt");
        }
    }

    @Nested
    class Reducing {
        @Test
        void realizesPnlOnTheReducedPartOnly() {
            Position p = boughtTwiceSoldSome();

            // released cost = 67.50 x 60 / 150 = 27.00
            // proceeds      = 60 x 0.70        = 42.00
            // realized      = 42.00 - 27.00    = 15.00
            // remaining     = 67.50 - 27.00    = 40.50 for 150 - 60 = 90 units (still 0.45 each)
            assertThat(p.realizedPnl()).isEqualTo(money("15.00"));
            assertThat(p.costBasis()).isEqualTo(money("40.50"));
            assertThat(p.size()).isEqualTo(qty("90"));
            assertThat(p.averageEntryPrice()).isEqualTo(price("0.45"));
            assertThat(p.status()).isEqualTo(PositionStatus.OPEN);
            assertThat(p.closedAt()).isEmpty();
            // the exit price is the latest known price: unrealized = 90 x 0.70 - 40.50 = 63.00 - 40.50 = 22.50
            assertThat(p.currentPrice()).isEqualTo(price("0.70"));
            assertThat(p.currentValue()).isEqualTo(money("63.00"));
            assertThat(p.unrealizedPnl()).isEqualTo(money("22.50"));
            assertThat(p.updatedAt()).isEqualTo(at(2));
        }

        @Test
        void tracksFeesApartAndNetsThemOut() {
            Position p = boughtTwiceSoldSome();

            // fees = 0.40 + 0.20 + 0.30 = 0.90; net = realized - fees = 15.00 - 0.90 = 14.10
            assertThat(p.fees()).isEqualTo(money("0.90"));
            assertThat(p.realizedPnl()).isEqualTo(money("15.00"));
            assertThat(p.netRealizedPnl()).isEqualTo(money("14.10"));
        }

        @Test
        void aLosingReduceRealizesANegativePnl() {
            // sell 60 @ 0.30: proceeds 18.00 - released 27.00 = -9.00
            Position p = boughtTwice().reduce(qty("60"), price("0.30"), Money.ZERO, at(2));

            assertThat(p.realizedPnl()).isEqualTo(money("-9.00"));
            assertThat(p.costBasis()).isEqualTo(money("40.50"));
        }

        @Test
        void reducingToZeroClosesThePosition() {
            Position p = boughtTwiceSoldSome().reduce(qty("90"), price("0.80"), money("0.10"), at(3));

            // released = all of 40.50; proceeds = 90 x 0.80 = 72.00; realized += 31.50 -> 15.00 + 31.50 = 46.50
            assertThat(p.status()).isEqualTo(PositionStatus.CLOSED);
            assertThat(p.size()).isEqualTo(Quantity.ZERO);
            assertThat(p.costBasis()).isEqualTo(Money.ZERO);
            assertThat(p.realizedPnl()).isEqualTo(money("46.50"));
            // fees 0.90 + 0.10 = 1.00; net = 45.50
            assertThat(p.fees()).isEqualTo(money("1.00"));
            assertThat(p.netRealizedPnl()).isEqualTo(money("45.50"));
            assertThat(p.closedAt()).contains(at(3));
            assertThat(p.isOpen()).isFalse();
            assertThat(p.unrealizedPnl()).isEqualTo(Money.ZERO);
            assertThat(p.currentValue()).isEqualTo(Money.ZERO);
        }

        @Test
        void cannotReduceBelowZero() {
            Position p = boughtTwice();

            assertThatThrownBy(() -> p.reduce(qty("150.00000001"), price("0.70"), Money.ZERO, at(2)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot reduce position pos-1 by 150.00000001: it holds only 150.00000000"
                            + " and a position never goes below zero");
        }

        @Test
        void rejectsAZeroQuantityANegativeFeeAndAMissingPrice() {
            Position p = boughtTwice();

            assertThatThrownBy(() -> p.reduce(qty("0"), price("0.7"), Money.ZERO, at(2)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("quantity: cannot reduce position pos-1 with quantity 0.00000000");
            assertThatThrownBy(() -> p.reduce(qty("1"), price("0.7"), money("-0.00000001"), at(2)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("fee: must not be negative");
            assertInvalidField(() -> p.reduce(qty("1"), null, Money.ZERO, at(2)), "price");
        }
    }

    @Nested
    class Closing {
        @Test
        void closeSellsTheWholeSize() {
            // close 90 @ 0.30 (fee 0.10): proceeds 27.00 - released 40.50 = -13.50; realized 15.00 - 13.50 = 1.50
            Position p = boughtTwiceSoldSome().close(price("0.30"), money("0.10"), at(3));

            assertThat(p.status()).isEqualTo(PositionStatus.CLOSED);
            assertThat(p.realizedPnl()).isEqualTo(money("1.50"));
            // fees 0.40 + 0.20 + 0.30 + 0.10 = 1.00; net 1.50 - 1.00 = 0.50
            assertThat(p.netRealizedPnl()).isEqualTo(money("0.50"));
            assertThat(p.currentPrice()).isEqualTo(price("0.30"));
            assertThat(p.closedAt()).contains(at(3));
            assertThat(p.updatedAt()).isEqualTo(at(3));
            assertThat(p.openedAt()).isEqualTo(T0);
        }

        @Test
        void theWholeRoundTripNetsProceedsMinusCostMinusFees() {
            Position p = boughtTwiceSoldSome().close(price("0.30"), money("0.10"), at(3));

            // proceeds 42.00 + 27.00 = 69.00; cost 67.50; fees 1.00 -> net 69.00 - 67.50 - 1.00 = 0.50
            assertThat(p.netRealizedPnl()).isEqualTo(money("69.00").minus(money("67.50")).minus(money("1.00")));
        }
    }

    @Nested
    class Settling {
        @Test
        void aWinningTokenPaysOneEach() {
            Position p = boughtTwiceSoldSome().settle(true, at(4));

            // proceeds = 90 x 1 = 90.00; released 40.50; realized 15.00 + 49.50 = 64.50
            assertThat(p.status()).isEqualTo(PositionStatus.SETTLED);
            assertThat(p.realizedPnl()).isEqualTo(money("64.50"));
            // settlement costs no fee: fees stay 0.90, net = 64.50 - 0.90 = 63.60
            assertThat(p.fees()).isEqualTo(money("0.90"));
            assertThat(p.netRealizedPnl()).isEqualTo(money("63.60"));
            assertThat(p.currentPrice()).isEqualTo(Price.ONE);
            assertThat(p.size()).isEqualTo(Quantity.ZERO);
            assertThat(p.costBasis()).isEqualTo(Money.ZERO);
            assertThat(p.closedAt()).contains(at(4));
        }

        @Test
        void aLosingTokenPaysNothing() {
            Position p = boughtTwiceSoldSome().settle(false, at(4));

            // proceeds = 90 x 0 = 0; released 40.50; realized 15.00 - 40.50 = -25.50; net -25.50 - 0.90 = -26.40
            assertThat(p.status()).isEqualTo(PositionStatus.SETTLED);
            assertThat(p.realizedPnl()).isEqualTo(money("-25.50"));
            assertThat(p.netRealizedPnl()).isEqualTo(money("-26.40"));
            assertThat(p.currentPrice()).isEqualTo(Price.ZERO);
        }

        @Test
        void settlesStraightFromOpenWithoutAnyReduce() {
            // buy 100 @ 0.40 + 50 @ 0.55 (cost 67.50), settle at 1: 150.00 - 67.50 = 82.50
            assertThat(boughtTwice().settle(true, at(4)).realizedPnl()).isEqualTo(money("82.50"));
            // settle at 0: the whole cost basis is lost
            assertThat(boughtTwice().settle(false, at(4)).realizedPnl()).isEqualTo(money("-67.50"));
        }

        @Test
        void settleAtAnyPriceForNonBinaryResolutions() {
            // a 50-50 resolution: 90 x 0.5 = 45.00 - 40.50 = 4.50; 15.00 + 4.50 = 19.50
            Position p = boughtTwiceSoldSome().settleAt(price("0.5"), at(4));

            assertThat(p.realizedPnl()).isEqualTo(money("19.50"));
            assertThat(p.status()).isEqualTo(PositionStatus.SETTLED);
            assertInvalidField(() -> boughtTwice().settleAt(null, at(4)), "price");
        }
    }

    @Nested
    class Shorting {
        // a crypto short: sell 10 @ 250 (fee 1.25), sell 5 more @ 280
        Position shorted() {
            return openShort("10", "250", "1.25").increase(qty("5"), price("280"), money("0.70"), at(1));
        }

        @Test
        void opensBySellingAndAveragesAbovePriceOne() {
            Position p = shorted();

            // entry proceeds = 10 x 250 + 5 x 280 = 2500 + 1400 = 3900 for 15 -> avg 260
            assertThat(p.side()).isEqualTo(PositionSide.SHORT);
            assertThat(p.costBasis()).isEqualTo(money("3900"));
            assertThat(p.averageEntryPrice()).isEqualTo(price("260"));
            assertThat(p.fees()).isEqualTo(money("1.95"));
        }

        @Test
        void profitsWhenThePriceFalls() {
            Position p = shorted().reduce(qty("6"), price("230"), money("0.50"), at(2));

            // released = 3900 x 6 / 15 = 1560; buy back = 6 x 230 = 1380; realized = 1560 - 1380 = 180
            assertThat(p.realizedPnl()).isEqualTo(money("180"));
            assertThat(p.costBasis()).isEqualTo(money("2340"));
            assertThat(p.size()).isEqualTo(qty("9"));
            // fees 1.25 + 0.70 + 0.50 = 2.45; net 177.55
            assertThat(p.netRealizedPnl()).isEqualTo(money("177.55"));
        }

        @Test
        void losesWhenThePriceRises() {
            Position p = shorted().close(price("300"), Money.ZERO, at(2));

            // buy back 15 x 300 = 4500 against 3900 received: realized -600
            assertThat(p.realizedPnl()).isEqualTo(money("-600"));
            assertThat(p.status()).isEqualTo(PositionStatus.CLOSED);
        }

        @Test
        void aBinaryShortSettles() {
            // sold 100 of a token @ 0.30 (received 30.00)
            Position sold = openShort("100", "0.30", "0");

            // the token wins: buying back costs 100 x 1 = 100.00 -> 30.00 - 100.00 = -70.00
            assertThat(sold.settle(true, at(1)).realizedPnl()).isEqualTo(money("-70"));
            // the token loses: it is worth 0 -> keep all 30.00
            assertThat(sold.settle(false, at(1)).realizedPnl()).isEqualTo(money("30"));
        }
    }

    @Nested
    class MarkingToMarket {
        @Test
        void longUnrealizedIsValueMinusCost() {
            Position p = boughtTwiceSoldSome().markToMarket(price("0.30"), at(5));

            // value = 90 x 0.30 = 27.00; unrealized = 27.00 - 40.50 = -13.50
            assertThat(p.currentPrice()).isEqualTo(price("0.30"));
            assertThat(p.currentValue()).isEqualTo(money("27.00"));
            assertThat(p.unrealizedPnl()).isEqualTo(money("-13.50"));
            // nothing is realized, the cost basis and size are untouched
            assertThat(p.realizedPnl()).isEqualTo(money("15.00"));
            assertThat(p.costBasis()).isEqualTo(money("40.50"));
            assertThat(p.size()).isEqualTo(qty("90"));
            assertThat(p.status()).isEqualTo(PositionStatus.OPEN);
            assertThat(p.updatedAt()).isEqualTo(at(5));
            assertThat(p.closedAt()).isEmpty();
        }

        @Test
        void shortUnrealizedIsCostMinusValue() {
            Position p = openShort("15", "260", "0");

            // cost (entry proceeds) = 3900; at 240 value = 3600 -> +300; at 300 value = 4500 -> -600
            assertThat(p.markToMarket(price("240"), at(1)).unrealizedPnl()).isEqualTo(money("300"));
            assertThat(p.markToMarket(price("300"), at(1)).unrealizedPnl()).isEqualTo(money("-600"));
        }

        @Test
        void requiresAPrice() {
            assertInvalidField(() -> boughtTwice().markToMarket(null, at(5)), "price");
        }
    }

    @Nested
    class Rounding {
        @Test
        void aThreeWaySplitReleasesTheWholeCostBasisExactly() {
            // buy 1 @ 0.50 + 2 @ 0.25: cost 1.00 for 3 units, which 3 does not divide
            Position p0 = openLong("1", "0.50", "0").increase(qty("2"), price("0.25"), Money.ZERO, at(1));
            Price exit = price("0.40");

            // 1st third: 1.00 x 1/3 = 0.333333333.. -> 0.33333333; left 0.66666667 for 2
            Position p1 = p0.reduce(qty("1"), exit, Money.ZERO, at(2));
            Money released1 = p0.costBasis().minus(p1.costBasis());
            assertThat(released1).isEqualTo(money("0.33333333"));
            assertThat(p1.costBasis()).isEqualTo(money("0.66666667"));

            // 2nd: 0.66666667 x 1/2 = 0.333333335 -> tie, 3 is odd -> 0.33333334; left 0.33333333
            Position p2 = p1.reduce(qty("1"), exit, Money.ZERO, at(3));
            Money released2 = p1.costBasis().minus(p2.costBasis());
            assertThat(released2).isEqualTo(money("0.33333334"));
            assertThat(p2.costBasis()).isEqualTo(money("0.33333333"));

            // last: takes what is left, 0.33333333
            Position p3 = p2.reduce(qty("1"), exit, Money.ZERO, at(4));
            Money released3 = p2.costBasis().minus(p3.costBasis());
            assertThat(released3).isEqualTo(money("0.33333333"));

            // 0.33333333 + 0.33333334 + 0.33333333 = 1.00000000: not a hundred-millionth lost or made up
            assertThat(released1.plus(released2).plus(released3)).isEqualTo(money("1.00"));
            assertThat(p3.costBasis()).isEqualTo(Money.ZERO);
            // realized: 3 x 0.40 = 1.20 proceeds - 1.00 cost = 0.20 exactly
            // (0.06666667 + 0.06666666 + 0.06666667)
            assertThat(p3.realizedPnl()).isEqualTo(money("0.20"));
            assertThat(p3.status()).isEqualTo(PositionStatus.CLOSED);
        }

        @Test
        void theReleasedCostIsRoundedOnceFromTheExactShare() {
            // buy 1 @ 1.49999999 + 6 @ 1.5: cost 10.49999999 for 7
            Position p = openLong("1", "1.49999999", "0").increase(qty("6"), price("1.5"), Money.ZERO, at(1));
            assertThat(p.costBasis()).isEqualTo(money("10.49999999"));

            Position reduced = p.reduce(qty("0.00000001"), price("1.5"), Money.ZERO, at(2));

            // exact share = 10.49999999 x 0.00000001 / 7 = 0.0000000149999999857.. -> below the tie -> 0.00000001
            // (rounding first to 16 places gave 0.0000000150000000, a tie that HALF_EVEN then sent UP to 0.00000002)
            assertThat(p.costBasis().minus(reduced.costBasis())).isEqualTo(money("0.00000001"));
            // proceeds = 1.5 x 0.00000001 = 0.000000015 -> tie, 1 is odd -> 0.00000002; realized 0.00000001
            assertThat(reduced.realizedPnl()).isEqualTo(money("0.00000001"));
        }

        @Test
        void anyChainOfReducesReleasesTheWholeCostAndRealizesProceedsMinusCost() {
            Random random = new Random(20260301L);
            for (int round = 0; round < 200; round++) {
                Quantity size = Quantity.of(BigDecimal.valueOf(1 + random.nextInt(1_000_000), 3));
                Price entry = Price.of(BigDecimal.valueOf(random.nextInt(100_000_000), 8));
                Position p = Position.open(ID, ACCOUNT, CONDITION, TOKEN, null,
                        random.nextBoolean() ? PositionSide.LONG : PositionSide.SHORT, size, entry, Money.ZERO, T0);
                Money cost = p.costBasis();
                Money proceeds = Money.ZERO;
                int step = 0;
                while (p.isOpen()) {
                    BigDecimal left = p.size().value();
                    // a random share of what is left, at 8 decimals, at least one hundred-millionth
                    BigDecimal part = left.multiply(BigDecimal.valueOf(random.nextInt(1000) + 1, 3))
                            .setScale(8, java.math.RoundingMode.DOWN).max(new BigDecimal("0.00000001"));
                    Quantity q = step++ > 6 ? p.size() : Quantity.of(part.min(left));
                    Price exit = Price.of(BigDecimal.valueOf(random.nextInt(100_000_000), 8));
                    proceeds = proceeds.plus(exit.times(q));
                    p = p.reduce(q, exit, Money.ZERO, T0);
                }
                Money expected = p.side() == PositionSide.LONG ? proceeds.minus(cost) : cost.minus(proceeds);
                assertThat(p.costBasis()).isEqualTo(Money.ZERO);
                assertThat(p.realizedPnl()).as("round %d: %s", round, p).isEqualTo(expected);
            }
        }
    }

    @Nested
    class IllegalTransitions {
        final Position closed = boughtTwice().close(price("0.70"), Money.ZERO, at(3));
        final Position settled = boughtTwice().settle(true, at(3));

        @Test
        void aClosedPositionCannotBeClosedAgain() {
            assertThatThrownBy(() -> closed.close(price("0.70"), Money.ZERO, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot close position pos-1: it is already CLOSED since 2026-03-01T12:03:00Z");
        }

        @Test
        void aClosedPositionCannotBeReducedIncreasedSettledOrMarked() {
            assertThatThrownBy(() -> closed.reduce(qty("1"), price("0.70"), Money.ZERO, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot reduce position pos-1: it is already CLOSED since 2026-03-01T12:03:00Z");
            assertThatThrownBy(() -> closed.increase(qty("1"), price("0.70"), Money.ZERO, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot increase position pos-1: it is already CLOSED since 2026-03-01T12:03:00Z");
            assertThatThrownBy(() -> closed.settle(true, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot settle position pos-1: it is already CLOSED since 2026-03-01T12:03:00Z");
            assertThatThrownBy(() -> closed.markToMarket(price("0.5"), at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot mark to market position pos-1: it is already CLOSED since 2026-03-01T12:03:00Z");
        }

        @Test
        void aSettledPositionCannotBeSettledClosedIncreasedOrMarked() {
            String since = ": it is already SETTLED since 2026-03-01T12:03:00Z";
            assertThatThrownBy(() -> settled.settle(false, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot settle position pos-1" + since);
            assertThatThrownBy(() -> settled.settleAt(price("1"), at(4)))
                    .hasMessage("cannot settle position pos-1" + since);
            assertThatThrownBy(() -> settled.close(price("1"), Money.ZERO, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot close position pos-1" + since);
            assertThatThrownBy(() -> settled.increase(qty("1"), price("1"), Money.ZERO, at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot increase position pos-1" + since);
            assertThatThrownBy(() -> settled.markToMarket(price("1"), at(4)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessage("cannot mark to market position pos-1" + since);
        }
    }

    @Nested
    class StorageAndVersions {
        @Test
        void restoreRebuildsAnEqualPosition() {
            for (Position p : new Position[] {boughtTwiceSoldSome(), boughtTwice().settle(false, at(3)),
                    openShort("2", "3", "0").close(price("1"), money("0.01"), at(2)).withVersion(7)}) {
                Position restored = Position.restore(p.id(), p.accountId(), p.conditionId(), p.tokenId(),
                        p.eventId().orElse(null), p.side(), p.status(), p.size(), p.averageEntryPrice(), p.costBasis(),
                        p.currentPrice(), p.realizedPnl(), p.fees(), p.openedAt(), p.updatedAt(),
                        p.closedAt().orElse(null), p.version());

                assertThat(restored).isEqualTo(p).hasSameHashCodeAs(p).hasToString(p.toString());
                assertThat(restored.unrealizedPnl()).isEqualTo(p.unrealizedPnl());
                assertThat(restored.netRealizedPnl()).isEqualTo(p.netRealizedPnl());
            }
        }

        @Test
        void equalityCoversEveryField() {
            Position p = boughtTwice();

            assertThat(p).isEqualTo(boughtTwice());
            assertThat(p).isNotEqualTo(p.withVersion(1));
            assertThat(p).isNotEqualTo(p.markToMarket(price("0.56"), at(1)));
            assertThat(p).isNotEqualTo(p.markToMarket(price("0.55"), at(2)));
            assertThat(p).isNotEqualTo(openLong("100", "0.40", "0.40").increase(qty("50"), price("0.55"),
                    money("0.21"), at(1)));
            assertThat(p).isNotEqualTo(null).isNotEqualTo("pos-1");
        }

        @Test
        void transitionsKeepTheVersionTheStoreBumpsIt() {
            Position stored = boughtTwice().withVersion(3);

            assertThat(stored.version()).isEqualTo(3);
            assertThat(stored.increase(qty("1"), price("0.5"), Money.ZERO, at(2)).version()).isEqualTo(3);
            assertThat(stored.reduce(qty("1"), price("0.5"), Money.ZERO, at(2)).version()).isEqualTo(3);
            assertThat(stored.markToMarket(price("0.5"), at(2)).version()).isEqualTo(3);
            assertThat(stored.close(price("0.5"), Money.ZERO, at(2)).version()).isEqualTo(3);
            assertThat(stored.settle(true, at(2)).version()).isEqualTo(3);
            assertThat(stored.settleAt(price("0.5"), at(2)).version()).isEqualTo(3);
        }

        @Test
        void withVersionChangesNothingElse() {
            Position p = boughtTwiceSoldSome();
            Position v5 = p.withVersion(5);

            assertThat(v5.version()).isEqualTo(5);
            assertThat(v5.withVersion(0)).isEqualTo(p);
            assertThatThrownBy(() -> p.withVersion(-1))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("version: must not be negative, got -1");
        }

        @Test
        void restoreRejectsStatesNoTransitionCanReach() {
            Position p = boughtTwice();
            // an OPEN position of size 0
            assertInvalidField(() -> restore(p, PositionStatus.OPEN, Quantity.ZERO, p.costBasis(), p.fees(), null),
                    "size");
            // an OPEN position with a close time
            assertInvalidField(() -> restore(p, PositionStatus.OPEN, p.size(), p.costBasis(), p.fees(), at(3)),
                    "closedAt");
            // a CLOSED or SETTLED position that still holds units, or has no close time
            assertInvalidField(() -> restore(p, PositionStatus.CLOSED, p.size(), Money.ZERO, p.fees(), at(3)), "size");
            assertInvalidField(() -> restore(p, PositionStatus.SETTLED, Quantity.ZERO, Money.ZERO, p.fees(), null),
                    "closedAt");
            // negative cost basis or fees
            assertInvalidField(() -> restore(p, PositionStatus.OPEN, p.size(), money("-1"), p.fees(), null),
                    "costBasis");
            assertInvalidField(() -> restore(p, PositionStatus.OPEN, p.size(), p.costBasis(), money("-1"), null),
                    "fees");
            assertThatThrownBy(() -> Position.restore(p.id(), p.accountId(), p.conditionId(), p.tokenId(), null,
                    p.side(), null, p.size(), p.averageEntryPrice(), p.costBasis(), p.currentPrice(), p.realizedPnl(),
                    p.fees(), p.openedAt(), p.updatedAt(), null, 0)).hasMessage("status: must not be null");
        }

        private Position restore(Position p, PositionStatus status, Quantity size, Money cost, Money fees,
                Instant closedAt) {
            return Position.restore(p.id(), p.accountId(), p.conditionId(), p.tokenId(), null, p.side(), status, size,
                    p.averageEntryPrice(), cost, p.currentPrice(), p.realizedPnl(), fees, p.openedAt(), p.updatedAt(),
                    closedAt, p.version());
        }
    }

    @Test
    void sidesAndStatuses() {
        assertThat(PositionSide.openedBy(io.tradekit.domain.shared.Side.BUY)).isEqualTo(PositionSide.LONG);
        assertThat(PositionSide.openedBy(io.tradekit.domain.shared.Side.SELL)).isEqualTo(PositionSide.SHORT);
        assertThat(PositionSide.LONG.entrySide()).isEqualTo(io.tradekit.domain.shared.Side.BUY);
        assertThat(PositionSide.SHORT.entrySide()).isEqualTo(io.tradekit.domain.shared.Side.SELL);
        assertThat(PositionStatus.OPEN.isFinal()).isFalse();
        assertThat(PositionStatus.CLOSED.isFinal()).isTrue();
        assertThat(PositionStatus.SETTLED.isFinal()).isTrue();
    }

    static void assertInvalidField(Runnable action, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith(field + ": ")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }
}
