package org.guildhall.moderation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A network's pre-moderation rule for one kind of item (posts or comments). */
@Entity
@IdClass(PreModeration.Key.class)
@Table(name = "network_premoderation")
public class PreModeration {

    public static final int FIRST_ITEMS_MAX = 100;

    public static class Key implements Serializable {
        Long networkId;
        ContentKind kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(networkId, k.networkId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(networkId, kind);
        }
    }

    @Id
    @Column(name = "network_id")
    private Long networkId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ContentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PreModerationMode mode;

    @Column(name = "first_items", nullable = false)
    private int firstItems;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private Long updatedBy;

    protected PreModeration() {
    }

    PreModeration(Long networkId, ContentKind kind) {
        this.networkId = networkId;
        this.kind = kind;
        this.mode = PreModerationMode.NONE;
    }

    void set(PreModerationMode mode, int firstItems, Long by, Instant now) {
        this.mode = mode;
        this.firstItems = firstItems;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public ContentKind kind() { return kind; }
    public PreModerationMode mode() { return mode; }
    public int firstItems() { return firstItems; }
    public Instant updatedAt() { return updatedAt; }
}
