package org.guildhall.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profile's photo, already resized and re-encoded (never the uploaded bytes). */
@Entity
@Table(name = "person_photo")
public class PersonPhoto {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PersonPhoto() {
    }

    PersonPhoto(long personId, String contentType, byte[] bytes, Instant now) {
        this.personId = personId;
        replace(contentType, bytes, now);
    }

    void replace(String newType, byte[] newBytes, Instant now) {
        contentType = newType;
        bytes = newBytes;
        updatedAt = now;
    }

    public String contentType() { return contentType; }
    public byte[] bytes() { return bytes; }
    public Instant updatedAt() { return updatedAt; }
    /** Changes whenever the photo does: for caching and for the image's address. */
    public String etag() { return Long.toString(updatedAt.toEpochMilli(), 36); }
}
