package org.guildhall.wiki;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A slug a page had before it was renamed: links and bookmarks to it still arrive. */
@Entity
@Table(name = "wiki_redirect")
class WikiRedirect {

    @Embeddable
    record Key(@Column(name = "network_id") Long networkId, @Column(length = WikiPage.SLUG_MAX) String slug) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private WikiPage page;

    protected WikiRedirect() {
    }

    WikiRedirect(long networkId, String slug, WikiPage page) {
        this.key = new Key(networkId, slug);
        this.page = page;
    }

    WikiPage page() {
        return page;
    }

    void pointTo(WikiPage newPage) {
        page = newPage;
    }
}
