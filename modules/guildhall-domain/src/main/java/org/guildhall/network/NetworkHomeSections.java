package org.guildhall.network;

import java.util.List;

import org.guildhall.access.Viewer;

/**
 * What another feature shows on a network's home page beside its charter (the blog: latest posts
 * and most active members; later the wiki, questions). Implementations are found through CDI, so
 * the network feature knows none of them; each is asked only for networks whose content the
 * viewer may read, inside the home page's transaction.
 */
public interface NetworkHomeSections {

    /** A section: what kind it is (named after the feature's template), where it goes, what it shows. */
    record Section(String kind, int order, Object content) {
    }

    List<Section> sections(Viewer viewer, Network network);
}
