package org.guildhall.people;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of staff as Guildhall knows them.
 *
 * <p>Name, email, department and title belong to the identity provider and are overwritten at
 * every sign-in; what a person writes about themselves ({@code about}, {@code location}) is theirs.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(length = 120)
    private String department;

    @Column(length = 120)
    private String title;

    @Column(length = ProfileEdit.ABOUT_MAX)
    private String about;

    @Column(length = ProfileEdit.LOCATION_MAX)
    private String location;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected Person() {
    }

    static Person from(Identity identity, Instant now) {
        var person = new Person();
        person.username = identity.username();
        person.createdAt = now;
        person.copy(identity);
        person.updatedAt = now;
        return person;
    }

    /** Takes the identity provider's view of this person; answers whether anything changed. */
    boolean syncWith(Identity identity, Instant now) {
        if (identity.equals(identityNow())) {
            return false;
        }
        copy(identity);
        updatedAt = now;
        return true;
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
    }

    void edit(ProfileEdit edit, Instant now) {
        about = blankToNull(edit.about());
        location = blankToNull(edit.location());
        updatedAt = now;
    }

    private Identity identityNow() {
        return new Identity(username, displayName, email, department, title);
    }

    private void copy(Identity identity) {
        displayName = identity.displayName();
        email = identity.email();
        department = identity.department();
        title = identity.title();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String email() { return email; }
    public String department() { return department; }
    public String title() { return title; }
    public String about() { return about; }
    public String location() { return location; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant lastSignInAt() { return lastSignInAt; }
    public long version() { return version; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && Objects.equals(username, person.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
