package org.guildhall.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A line of an import file that was not imported, and why. */
@Entity
@Table(name = "import_error")
public class LineError {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_error_seq")
    @SequenceGenerator(name = "import_error_seq", sequenceName = "import_error_seq", allocationSize = 50)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private long jobId;

    @Column(nullable = false)
    private long line;

    @Column(length = 100)
    private String field;

    @Column(nullable = false, length = 1000)
    private String reason;

    protected LineError() {
    }

    LineError(long jobId, Rejected rejected) {
        this.jobId = jobId;
        this.line = rejected.line();
        this.field = rejected.field();
        this.reason = rejected.reason().length() > 1000 ? rejected.reason().substring(0, 1000) : rejected.reason();
    }

    public long line() { return line; }
    public String field() { return field; }
    public String reason() { return reason; }
}
