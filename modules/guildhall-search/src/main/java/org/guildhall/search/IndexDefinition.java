package org.guildhall.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * An index behind a stable alias. Queries read the alias; writes go to the concrete indices
 * {@link Indices} resolves. A mapping change bumps the version: a rebuild creates a new concrete
 * index ({@code guildhall-posts-v2-20261122t101500123}) from the database and swaps the alias.
 * Every name starts with the installation's prefix ({@code guildhall} unless configured), so
 * several installations can share one cluster.
 *
 * @param name     what the index holds, e.g. {@code people}; the alias is {@code <prefix>-people}
 * @param version  the mapping version
 * @param mapping  the classpath resource with the index settings and mappings (analysers every cluster has)
 */
public record IndexDefinition(String name, int version, String mapping) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd't'HHmmssSSS").withZone(ZoneOffset.UTC);
    private static final Pattern VERSION = Pattern.compile("-v(\\d+)(-\\w+)?");

    /** The alias searches read. */
    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    /** The alias of the index being rebuilt, which writes also go to until it replaces the live one. */
    public String buildingAlias(String prefix) {
        return alias(prefix) + "-building";
    }

    /** A new concrete index name for a rebuild started now. */
    public String newIndexName(String prefix, Instant now) {
        return alias(prefix) + "-v" + version + "-" + STAMP.format(now);
    }

    /** Whether a concrete index belongs to this alias (any version). */
    public boolean owns(String prefix, String index) {
        return index.startsWith(alias(prefix) + "-v");
    }

    /** The mapping version a concrete index of this alias was created with, from its name. */
    public int versionOf(String prefix, String index) {
        if (!owns(prefix, index)) {
            return 0;
        }
        var matcher = VERSION.matcher(index.substring(alias(prefix).length()));
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
