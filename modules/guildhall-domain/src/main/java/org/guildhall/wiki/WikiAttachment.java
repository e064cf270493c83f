package org.guildhall.wiki;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.guildhall.people.Person;

/**
 * One version of a file attached to a page: uploading a file of the same name adds a version, the
 * earlier ones stay. Stored in the database, in the same transaction as everything else.
 */
@Entity
@Table(name = "wiki_attachment")
public class WikiAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wiki_attachment_seq")
    @SequenceGenerator(name = "wiki_attachment_seq", sequenceName = "wiki_attachment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private WikiPage page;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int number;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private byte[] bytes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Person author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WikiAttachment() {
    }

    WikiAttachment(WikiPage page, String name, int number, String contentType, byte[] bytes, Person author, Instant now) {
        this.page = page;
        this.name = name;
        this.number = number;
        this.contentType = contentType;
        this.size = bytes.length;
        this.bytes = bytes;
        this.author = author;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public WikiPage page() { return page; }
    public String name() { return name; }
    public int number() { return number; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public byte[] bytes() { return bytes; }
    public Person author() { return author; }
    public Instant createdAt() { return createdAt; }
}
