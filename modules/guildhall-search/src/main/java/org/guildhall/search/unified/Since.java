package org.guildhall.search.unified;

import java.util.Arrays;
import java.util.Optional;

/** The date facet's ranges, as Elasticsearch date math relative to now. */
public enum Since {
    WEEK("week", "now-7d/d", null),
    MONTH("month", "now-30d/d", null),
    YEAR("year", "now-365d/d", null),
    OLDER("older", null, "now-365d/d");

    private final String key;
    private final String from;
    private final String to;

    Since(String key, String from, String to) {
        this.key = key;
        this.from = from;
        this.to = to;
    }

    public String key() { return key; }
    public String from() { return from; }
    public String to() { return to; }

    public static Optional<Since> of(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equalsIgnoreCase(key == null ? "" : key.strip())).findFirst();
    }
}
