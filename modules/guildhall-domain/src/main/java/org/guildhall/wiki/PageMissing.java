package org.guildhall.wiki;

import org.guildhall.access.NotFound;
import org.guildhall.network.Visit;

/** No page by that name in a wiki the viewer may read; whether they may create it travels along. */
public class PageMissing extends NotFound {

    private final transient Visit visit;
    private final String slug;
    private final boolean canCreate;

    PageMissing(Visit visit, String slug, boolean canCreate) {
        super("There is no page “" + slug + "” in the wiki of " + visit.network().name());
        this.visit = visit;
        this.slug = slug;
        this.canCreate = canCreate;
    }

    public Visit visit() { return visit; }
    public String slug() { return slug; }
    public boolean canCreate() { return canCreate; }
}
