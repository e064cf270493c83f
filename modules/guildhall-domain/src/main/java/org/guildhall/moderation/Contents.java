package org.guildhall.moderation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.people.PersonRepository;

/**
 * Every moderated item, whatever feature owns it: content through the features'
 * {@link ModeratedContent}, people here (a person's profile is theirs to write).
 */
@ApplicationScoped
class Contents {

    @Inject
    Instance<ModeratedContent> features;

    @Inject
    PersonRepository people;

    ModeratedContent of(ContentKind kind) {
        for (var feature : features) {
            if (feature.kinds().contains(kind)) {
                return feature;
            }
        }
        throw new InvalidField("kind", "Nothing of the kind “" + kind.code() + "” can be reported yet.");
    }

    Optional<ModeratedItem> find(ContentKind kind, long id) {
        if (kind == ContentKind.PERSON) {
            return people.findAll(java.util.List.of(id)).stream().findFirst().map(p -> new ModeratedItem(kind, id, null, p, p.displayName(),
                    p.about() == null ? "" : p.about(), "/people/" + p.username(), false, false));
        }
        return of(kind).find(kind, id);
    }

    /** The item, when the viewer may read it; hidden or missing alike answer {@link NotFound}. */
    ModeratedItem readable(Viewer viewer, ContentKind kind, long id) {
        boolean readable = kind == ContentKind.PERSON || of(kind).readable(viewer, kind, id);
        return (readable ? find(kind, id) : Optional.<ModeratedItem>empty())
                .orElseThrow(() -> new NotFound("No " + kind.code().replace('-', ' ') + " " + id));
    }
}
