package org.guildhall.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
import jakarta.persistence.Version;

/**
 * A member of staff as Guildhall knows them.
 *
 * <p>Name, email, department and title belong to the identity provider and are overwritten at
 * every sign-in; what a person writes about themselves ({@code about}, {@code location}) is theirs.
 * Once the HR directory has been imported ({@link HrRecord}), HR owns department, title, manager,
 * employee id, languages and hire date, and a token no longer changes department or title.
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

    @Column(name = "employee_id", length = HrRecord.EMPLOYEE_ID_MAX)
    private String employeeId;

    /** The email, lower-cased: how a first sign-in finds the profile HR imported. */
    @Column(name = "email_key", length = 254)
    private String emailKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Person manager;

    /** Separated by {@code ;}, as in the HR file. */
    @Column(length = 500)
    private String languages;

    @Column(name = "hire_date")
    private LocalDate hireDate;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(length = ProfileEdit.LIST_MAX)
    private String interests;

    @Column(length = ProfileEdit.LIST_MAX)
    private String hobbies;

    @Column(length = ProfileEdit.PHONE_MAX)
    private String phone;

    @Column(length = ProfileEdit.CHAT_MAX)
    private String chat;

    @Column(name = "open_to_questions", nullable = false)
    private boolean openToQuestions;

    @Column(name = "open_to_mentoring", nullable = false)
    private boolean openToMentoring;

    @Column(name = "open_to_projects", nullable = false)
    private boolean openToProjects;

    /** Consent to appear in HR's talent finder, and to let HR see inferred skills hidden from the profile. */
    @Column(name = "talent_discovery", nullable = false)
    private boolean talentDiscovery;

    /** Whether HR and admins may see this person among the brokers between departments (they may say no). */
    @Column(name = "broker_listed", nullable = false)
    private boolean brokerListed = true;

    /** An ISO 639 language code, or null: the browser's choice. */
    private String language;

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

    /** Someone HR knows, before they ever sign in. */
    static Person hired(HrRecord record, String username, Instant now) {
        var person = new Person();
        person.username = username;
        person.createdAt = now;
        person.takeFromHr(record, now);
        return person;
    }

    /** Takes HR's view; answers whether anything changed. Someone listed again is no longer gone. */
    boolean takeFromHr(HrRecord record, Instant now) {
        var before = hrView();
        employeeId = record.employeeId();
        displayName = record.name();
        email = record.email();
        emailKey = keyOf(record.email());
        department = record.department();
        title = record.title();
        location = record.location() == null ? location : record.location();
        languages = record.languages().isEmpty() ? null : String.join(";", record.languages());
        hireDate = record.hireDate();
        leftAt = null;
        if (before.equals(hrView())) {
            return false;
        }
        updatedAt = now;
        return true;
    }

    private List<Object> hrView() {
        return Arrays.asList(employeeId, displayName, email, department, title, location, languages, hireDate, leftAt);
    }

    /** The first sign-in of someone HR imported: the profile takes their sign-in name. */
    void claimedBy(String signInName) {
        username = signInName;
    }

    /** Another profile already answers to this email (two accounts, one address). */
    void shareEmail() {
        emailKey = null;
    }

    void reportsTo(Person newManager) {
        manager = newManager;
    }

    void left(Instant when) {
        leftAt = when;
        updatedAt = when;
    }

    static String keyOf(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Takes the identity provider's view of this person; answers whether anything changed. */
    boolean syncWith(Identity identity, Instant now) {
        var wanted = isFromHr() ? new Identity(identity.username(), identity.displayName(), identity.email(), department, title)
                : identity;
        if (wanted.equals(identityNow())) {
            return false;
        }
        copy(wanted);
        updatedAt = now;
        return true;
    }

    void signedIn(Instant now) {
        lastSignInAt = now;
    }

    void edit(ProfileEdit edit, Instant now) {
        about = blankToNull(edit.about());
        location = blankToNull(edit.location());
        interests = blankToNull(edit.interests());
        hobbies = blankToNull(edit.hobbies());
        phone = blankToNull(edit.phone());
        chat = blankToNull(edit.chat());
        openToQuestions = edit.openToQuestions();
        openToMentoring = edit.openToMentoring();
        openToProjects = edit.openToProjects();
        talentDiscovery = edit.talentDiscovery();
        updatedAt = now;
    }

    /** Consent recorded in the system content was imported from. */
    public void consentToTalentDiscovery(boolean consent) {
        talentDiscovery = consent;
    }

    /** Pages and mail in this language from now on; null follows the browser's. */
    public void speak(String languageCode, Instant now) {
        language = languageCode;
        updatedAt = now;
    }

    /** Lists this person among the brokers between departments, or keeps them off that list. */
    public void listAsBroker(boolean listed, Instant now) {
        brokerListed = listed;
        updatedAt = now;
    }

    private Identity identityNow() {
        return new Identity(username, displayName, email, department, title);
    }

    private void copy(Identity identity) {
        displayName = identity.displayName();
        email = identity.email();
        if (emailKey != null || id == null) {
            emailKey = keyOf(identity.email());
        }
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
    public String employeeId() { return employeeId; }
    public Person manager() { return manager; }
    public List<String> languages() { return languages == null ? List.of() : List.of(languages.split(";")); }
    public LocalDate hireDate() { return hireDate; }
    public Instant leftAt() { return leftAt; }
    public boolean hasLeft() { return leftAt != null; }
    public boolean isFromHr() { return employeeId != null; }
    public String interests() { return interests; }
    public String hobbies() { return hobbies; }
    public String phone() { return phone; }
    public String chat() { return chat; }
    public boolean openToQuestions() { return openToQuestions; }
    public boolean openToMentoring() { return openToMentoring; }
    public boolean openToProjects() { return openToProjects; }
    public boolean talentDiscovery() { return talentDiscovery; }
    public boolean brokerListed() { return brokerListed; }
    public java.util.Optional<String> language() { return java.util.Optional.ofNullable(language); }
    String emailKey() { return emailKey; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && Objects.equals(username, person.username);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
