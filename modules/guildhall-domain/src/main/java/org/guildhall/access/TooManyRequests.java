package org.guildhall.access;

/** Someone writes faster than the write limits allow: a 429 saying when to try again. */
public final class TooManyRequests extends Refusal {

    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
