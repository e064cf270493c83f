package org.guildhall.web.follow;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.guildhall.access.Viewer;
import org.guildhall.follow.FollowKind;
import org.guildhall.follow.Follows;

/**
 * Whether the viewer follows something, asked by the follow button wherever a page shows one
 * (one query per button, only on pages that have one). In every page's model as {@code following}.
 */
@RequestScoped
public class FollowState {

    @Inject
    Follows follows;

    @Inject
    Viewer viewer;

    public boolean network(long id) {
        return follows.follows(viewer, FollowKind.NETWORK, id, null);
    }

    public boolean person(long id) {
        return follows.follows(viewer, FollowKind.PERSON, id, null);
    }

    public boolean tag(String tag) {
        return follows.follows(viewer, FollowKind.TAG, 0, tag);
    }

    public boolean page(long id) {
        return follows.follows(viewer, FollowKind.WIKI_PAGE, id, null);
    }
}
