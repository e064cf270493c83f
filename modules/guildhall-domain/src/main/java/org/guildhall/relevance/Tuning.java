package org.guildhall.relevance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A set of relevance weights (see {@link Weights}), as proposed or in force; the bounds keep ranking sane. */
public record Tuning(
        @DecimalMin(value = "0.1", message = "{relevance.weight}") @DecimalMax(value = "10", message = "{relevance.weight}") double title,
        @DecimalMin(value = "0.1", message = "{relevance.weight}") @DecimalMax(value = "10", message = "{relevance.weight}") double tags,
        @DecimalMin(value = "0.1", message = "{relevance.weight}") @DecimalMax(value = "10", message = "{relevance.weight}") double body,
        @DecimalMin(value = "0", message = "{relevance.boost}") @DecimalMax(value = "2", message = "{relevance.boost}") double recencyBoost,
        @Min(value = 1, message = "{relevance.days}") @Max(value = 3650, message = "{relevance.days}") int recencyDays,
        @DecimalMin(value = "0", message = "{relevance.boost}") @DecimalMax(value = "2", message = "{relevance.boost}") double thanksBoost,
        @DecimalMin(value = "0.1", message = "{relevance.stale}") @DecimalMax(value = "1", message = "{relevance.stale}") double staleFactor) {

    /** What a fresh installation ranks by (the migration's row). */
    public static final Tuning DEFAULTS = new Tuning(3, 2, 1, 0.5, 180, 0.3, 0.7);
}
