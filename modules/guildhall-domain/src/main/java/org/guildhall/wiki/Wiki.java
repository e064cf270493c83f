package org.guildhall.wiki;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A network's wiki: made with its first page (which becomes the home page), and who may edit it. */
@Entity
@Table(name = "wiki")
public class Wiki {

    @Id
    @Column(name = "network_id")
    private Long networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WikiEditors editors;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_page_id")
    private WikiPage home;

    @Version
    private long version;

    protected Wiki() {
    }

    Wiki(long networkId) {
        this.networkId = networkId;
        this.editors = WikiEditors.MEMBERS;
    }

    void restrictTo(WikiEditors who) {
        editors = who;
    }

    void home(WikiPage page) {
        home = page;
    }

    public Long networkId() { return networkId; }
    public WikiEditors editors() { return editors; }
    public boolean isRestricted() { return editors == WikiEditors.MODERATORS; }
    public WikiPage home() { return home; }
    public long version() { return version; }
}
