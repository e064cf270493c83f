package org.guildhall.importer;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Which internal object a record of another platform became, and which job and line brought it. */
@Entity
@Table(name = "import_key")
class ImportKey {

    @Embeddable
    static class Id implements Serializable {
        @Column(length = 60)
        private String source;
        @Column(length = 20)
        private String kind;
        @Column(name = "external_id", length = 200)
        private String externalId;

        protected Id() {
        }

        Id(String source, String kind, String externalId) {
            this.source = source;
            this.kind = kind;
            this.externalId = externalId;
        }

        String kind() { return kind; }
        String externalId() { return externalId; }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && source.equals(other.source) && kind.equals(other.kind) && externalId.equals(other.externalId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(source, kind, externalId);
        }
    }

    @EmbeddedId
    private Id id;

    @Column(name = "internal_id", nullable = false)
    private long internalId;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(nullable = false)
    private long line;

    protected ImportKey() {
    }

    ImportKey(Id id, long internalId, long jobId, long line) {
        this.id = id;
        this.internalId = internalId;
        this.jobId = jobId;
        this.line = line;
    }

    Id id() { return id; }
    long internalId() { return internalId; }
    long jobId() { return jobId; }
    long line() { return line; }
}
