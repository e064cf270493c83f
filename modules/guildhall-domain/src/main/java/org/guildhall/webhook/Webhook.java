package org.guildhall.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

import org.guildhall.people.Person;

/** An endpoint an admin registered: where to post, which events, the signing secret. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(nullable = false, length = 500)
    private String events;

    @Column(nullable = false, length = 100)
    private String secret;

    @Column(length = 200)
    private String description;

    @Column(nullable = false)
    private boolean active;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Person createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {
    }

    Webhook(String url, Set<WebhookEvent> events, String secret, String description, Person createdBy, Instant now) {
        this.url = url;
        this.secret = secret;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.active = true;
        listen(events);
    }

    void listen(Set<WebhookEvent> chosen) {
        this.events = chosen.stream().map(WebhookEvent::code).sorted().collect(Collectors.joining(","));
    }

    void change(String url, String description, boolean active) {
        this.url = url;
        this.description = description;
        this.active = active;
    }

    public boolean wants(WebhookEvent event) {
        return active && events().contains(event);
    }

    public Long id() { return id; }
    public String url() { return url; }
    public Set<WebhookEvent> events() {
        return Arrays.stream(events.split(",")).map(WebhookEvent::of).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> new TreeSet<>()));
    }
    public String secret() { return secret; }
    public String description() { return description; }
    public boolean isActive() { return active; }
    public Person createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
