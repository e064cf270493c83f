package org.guildhall.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A slug a network had before it was renamed; old links redirect to the current one. */
@Entity
@Table(name = "network_slug")
class NetworkSlug {

    @Id
    @Column(length = 80)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    protected NetworkSlug() {
    }

    NetworkSlug(String slug, Network network) {
        this.slug = slug;
        this.network = network;
    }

    Network network() {
        return network;
    }
}
