package org.guildhall.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.access.NotFound;
import org.guildhall.network.Coded;
import org.guildhall.people.Person;
import org.guildhall.people.Profiles;

/**
 * The signed tokens of unsubscribe links, which work without signing in: "stop mailing this
 * person this kind of notification (or any)", signed with HMAC-SHA256. The key is made once,
 * at random, and kept in the database, so every node and every restart honour the same links.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String KEY = "unsubscribe-signing-key";
    private static final String ALL = "all";

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    Preferences preferences;

    /** What a valid token asks: whose mail, and which kind (empty: all of it). */
    public record Request(Person person, Optional<NotificationKind> kind) {
    }

    @Transactional
    public String tokenFor(Person person, NotificationKind kind) {
        var claim = person.username() + ":" + (kind == null ? ALL : kind.code());
        var encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(claim.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + sign(encoded);
    }

    /** The request a token makes; a token that was not signed here answers 404. */
    @Transactional
    public Request read(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0) {
            throw new NotFound("This unsubscribe link is not valid");
        }
        var encoded = token.substring(0, dot);
        if (!MessageDigest.isEqual(sign(encoded).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            throw new NotFound("This unsubscribe link is not valid");
        }
        String claim;
        try {
            claim = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotFound("This unsubscribe link is not valid");
        }
        int colon = claim.lastIndexOf(':');
        var kindCode = claim.substring(colon + 1);
        var kind = ALL.equals(kindCode) ? Optional.<NotificationKind>empty() : Coded.parse(NotificationKind.class, kindCode);
        return new Request(profiles.find(claim.substring(0, colon)), kind);
    }

    /** Turns the mail off as the token asks. */
    @Transactional
    public Request unsubscribe(String token) {
        var request = read(token);
        if (request.kind().isPresent()) {
            preferences.choose(request.person(), request.kind().get(), Delivery.OFF);
        } else {
            for (var kind : NotificationKind.values()) {
                preferences.choose(request.person(), kind, Delivery.OFF);
            }
        }
        return request;
    }

    private String sign(String encoded) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        em.createNativeQuery("insert into system_setting (name, setting_value) values (?, ?) on conflict do nothing")
                .setParameter(1, KEY).setParameter(2, Base64.getEncoder().encodeToString(bytes)).executeUpdate();
        var stored = (String) em.createNativeQuery("select setting_value from system_setting where name = ?", String.class)
                .setParameter(1, KEY).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
