package org.cooperation.commandservice.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * An {@link AggregateTestFixture} for the agreement whose injected {@link Clock} reads the fixture's
 * own time, so that {@code givenCurrentTime} and {@code whenTimeAdvancesTo} move the aggregate's
 * "now" and the deadlines together, as the scheduler's clock does in the service.
 */
final class AgreementFixture {

    private AgreementFixture() {}

    static AggregateTestFixture<Agreement> create() {
        return create(ZoneOffset.UTC);
    }

    static AggregateTestFixture<Agreement> create(ZoneId businessZone) {
        AggregateTestFixture<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerCommandTargetResolver(new AgreementTargetResolver());
        fixture.registerInjectableResource(new FixtureClock(fixture::currentTime, businessZone));
        return fixture;
    }

    /** Matches a {@link RuleViolation} of the given rule. */
    static Matcher<RuleViolation> violates(Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of " + rule.code());
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description mismatch) {
                mismatch.appendText("a violation of " + violation.rule().code() + ": " + violation.getMessage());
            }
        };
    }

    /** Matches a {@link RuleViolation} that names this field of the request. */
    static Matcher<RuleViolation> namesField(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.field().equals(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation naming the field " + field);
            }
        };
    }

    private static final class FixtureClock extends Clock {

        private final Supplier<Instant> now;
        private final ZoneId zone;

        private FixtureClock(Supplier<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId otherZone) {
            return new FixtureClock(now, otherZone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
