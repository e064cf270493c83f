package org.guildhall.expertise;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.guildhall.access.Reader;

/** Every evidence source, asked together. */
@ApplicationScoped
public class EvidenceSources {

    @Inject
    @Any
    Instance<EvidenceSource> sources;

    /** The contributions among these that the reader may still read, whichever source owns them. */
    public Set<String> readable(Reader reader, Collection<String> contributionIds) {
        var readable = new HashSet<String>();
        if (!contributionIds.isEmpty()) {
            sources.forEach(source -> readable.addAll(source.readable(reader, contributionIds)));
        }
        return readable;
    }
}
