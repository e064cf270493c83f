package org.guildhall.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.people.Profiles;

/** Making, listing, using and revoking personal feed tokens. */
@ApplicationScoped
public class FeedTokens {

    /** At most this many live tokens per person (one per feed reader is plenty). */
    static final int LIVE_MAX = 10;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    /** A new token: {@code secret} is the only time the token is shown. */
    public record Made(FeedToken token, String secret) {
    }

    @Transactional
    public Made create(Viewer viewer, String label) {
        var name = label == null || label.isBlank() ? "Feed reader" : label.strip();
        if (name.length() > 100) {
            throw new InvalidField("label", "A name has at most 100 characters.");
        }
        var me = profiles.find(viewer.username());
        if (mine(viewer).stream().filter(t -> !t.isRevoked()).count() >= LIVE_MAX) {
            throw new InvalidField("label", "You have " + LIVE_MAX + " feed tokens already: revoke one you no longer use.");
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = new FeedToken(me, name, hash(secret), clock.instant());
        em.persist(token);
        return new Made(token, secret);
    }

    @Transactional
    public List<FeedToken> mine(Viewer viewer) {
        return em.createQuery("select t from FeedToken t where t.person.username = :me order by t.createdAt desc, t.id desc",
                FeedToken.class).setParameter("me", viewer.username()).getResultList();
    }

    /** Revokes one of the viewer's tokens (revoking twice changes nothing; another's answers 404). */
    @Transactional
    public FeedToken revoke(Viewer viewer, long id) {
        var token = em.find(FeedToken.class, id);
        if (token == null || !token.person().username().equals(viewer.username())) {
            throw new NotFound("No feed token " + id);
        }
        token.revoke(clock.instant());
        return token;
    }

    /**
     * The viewer a live token stands for: its person, as an employee (a feed reader never holds
     * HR or admin rights). An unknown or revoked token answers 404, as if the feed did not exist.
     */
    @Transactional
    public Viewer viewerFor(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new NotFound("No such feed");
        }
        var token = em.createQuery("select t from FeedToken t join fetch t.person where t.tokenHash = :hash", FeedToken.class)
                .setParameter("hash", hash(secret.strip())).getResultStream().findFirst()
                .filter(t -> !t.isRevoked() && !t.person().hasLeft())
                .orElseThrow(() -> new NotFound("No such feed"));
        var now = clock.instant();
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            token.used(now);
        }
        return new Viewer(token.person().username(), Set.of(Viewer.EMPLOYEE));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
