package org.guildhall.access;

/**
 * What a service answers when it will not do what was asked: the thing is hidden or missing
 * ({@link NotFound}), not allowed ({@link Forbidden}), impossible in the current state
 * ({@link Conflict}), given an unacceptable field ({@link InvalidField}) or asked too often
 * ({@link TooManyRequests}). Never a bug.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Forbidden, Conflict, InvalidField, TooManyRequests {
    protected Refusal(String message) {
        super(message);
    }
}
