package org.guildhall.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every service reads, so tests and scheduled work agree on "now". When
 * {@code guildhall.clock.adjustable} is set (the test instance only), tests may move it forward
 * to see what happens when a ban ends; otherwise it is the system's clock, unmovable.
 */
@ApplicationScoped
public class Clocks {

    @Inject
    @ConfigProperty(name = "guildhall.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile Duration offset = Duration.ZERO;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), offset);
            }

            @Override
            public Instant instant() {
                return offset.isZero() ? Instant.now() : Instant.now().plus(offset);
            }
        };
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves "now" this far from the system's clock; refused unless the clock is adjustable. */
    public void shift(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("This installation's clock is not adjustable");
        }
        offset = by;
    }
}
