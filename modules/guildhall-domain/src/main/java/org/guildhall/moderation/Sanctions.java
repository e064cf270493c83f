package org.guildhall.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.Forbidden;
import org.guildhall.access.InvalidField;
import org.guildhall.access.NotFound;
import org.guildhall.access.Viewer;
import org.guildhall.network.JoinGate;
import org.guildhall.network.Network;
import org.guildhall.network.NetworkRepository;
import org.guildhall.network.NetworkVisits;
import org.guildhall.network.Visit;
import org.guildhall.people.Person;
import org.guildhall.people.PersonRepository;
import org.guildhall.people.Profiles;

/**
 * Bans and mutes, per network (by its owners and moderators) or company-wide (by admins), each
 * with an end. Writing features ask {@link #requireMayWrite} before they write; joining asks
 * {@link #requireMayJoin}. The refusal says why and until when.
 */
@ApplicationScoped
public class Sanctions implements JoinGate {

    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @Inject
    ModerationRepository repository;

    @Inject
    NetworkVisits visits;

    @Inject
    NetworkRepository networks;

    @Inject
    PersonRepository people;

    @Inject
    Profiles profiles;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A network's sanctions (latest first) and the network as its moderator sees it. */
    public record NetworkSanctions(Visit visit, List<Sanction> sanctions) {
    }

    @Transactional
    public NetworkSanctions of(Viewer viewer, String slug) {
        var visit = visits.requireModerator(viewer, slug);
        return new NetworkSanctions(visit, repository.sanctions(visit.network(), 100));
    }

    @Transactional
    public List<Sanction> companyWide(Viewer viewer) {
        AuditLog.requireAdmin(viewer);
        return repository.sanctions(null, 100);
    }

    /** Bans or mutes someone in a network until {@code endsAt}; never its owners, never oneself. */
    @Transactional
    public Sanction impose(Viewer viewer, String slug, String username, SanctionKind kind, Instant endsAt, String reason) {
        var visit = visits.requireModerator(viewer, slug);
        var person = target(viewer, username);
        var network = visit.network();
        if (networks.membership(network, person).filter(m -> m.isOwner()).isPresent()) {
            throw new InvalidField("username", person.displayName() + " is an owner of " + network.name()
                    + " and cannot be banned or muted there; an owner can change their role first.");
        }
        return impose(viewer, network, person, kind, endsAt, reason, null);
    }

    /** Admins ban or mute someone everywhere. */
    @Transactional
    public Sanction imposeCompanyWide(Viewer viewer, String username, SanctionKind kind, Instant endsAt, String reason) {
        AuditLog.requireAdmin(viewer);
        return impose(viewer, null, target(viewer, username), kind, endsAt, reason, null);
    }

    Sanction impose(Viewer viewer, Network network, Person person, SanctionKind kind, Instant endsAt, String reason, Long caseId) {
        var now = clock.instant();
        if (endsAt == null) {
            throw new InvalidField("until", "Say until when.");
        }
        if (!endsAt.isAfter(now)) {
            throw new InvalidField("until", "The end must be in the future.");
        }
        var why = requireReason(reason);
        var moderator = profiles.find(viewer.username());
        var sanction = new Sanction(network, person, kind, why, endsAt, moderator, now);
        repository.store(sanction);
        audit.record(moderator, network, new AuditLog.Act(kind == SanctionKind.BAN ? AuditAction.BAN : AuditAction.MUTE,
                ContentKind.PERSON, person.id(), person, caseId, why, null, kind.code() + " until " + UNTIL.format(endsAt)));
        return sanction;
    }

    @Transactional
    public Sanction lift(Viewer viewer, long id, String reason) {
        var sanction = repository.sanction(id).orElseThrow(() -> new NotFound("No ban " + id));
        if (sanction.isCompanyWide()) {
            AuditLog.requireAdmin(viewer);
        } else {
            visits.requireModerator(viewer, sanction.network().slug());
        }
        var moderator = profiles.find(viewer.username());
        sanction.lift(moderator, clock.instant());
        audit.record(moderator, sanction.network(), new AuditLog.Act(AuditAction.LIFT, ContentKind.PERSON, sanction.person().id(),
                sanction.person(), null, reason == null || reason.isBlank() ? null : reason.strip(),
                sanction.kind().code() + " until " + UNTIL.format(sanction.endsAt()), null));
        return sanction;
    }

    /** Refuses a write in this network (or a personal blog, when null) by someone banned or muted there or company-wide. */
    public void requireMayWrite(Person person, Network network) {
        var inForce = repository.inForce(person, network, clock.instant());
        if (!inForce.isEmpty()) {
            throw barred(inForce.get(0), "write");
        }
    }

    @Override
    public void requireMayJoin(Person person, Network network) {
        repository.inForce(person, network, clock.instant()).stream().filter(s -> s.kind() == SanctionKind.BAN).findFirst()
                .ifPresent(s -> {
                    throw barred(s, "join");
                });
    }

    /** Everything in force on the viewer, anywhere. */
    @Transactional
    public List<Sanction> mine(Viewer viewer) {
        return repository.inForceAnywhere(profiles.find(viewer.username()), clock.instant());
    }

    private static Forbidden barred(Sanction s, String what) {
        var where = s.isCompanyWide() ? "anywhere in Guildhall" : (what.equals("join") ? "" : "in ") + s.network().name();
        var verb = s.kind() == SanctionKind.BAN ? "banned" : "muted";
        return new Forbidden("You are " + verb + " and cannot " + what + " " + where + " until " + UNTIL.format(s.endsAt())
                + ". Reason: " + s.reason());
    }

    private Person target(Viewer viewer, String username) {
        if (username == null || username.isBlank()) {
            throw new InvalidField("username", "Say whom.");
        }
        var person = people.find(username.strip())
                .orElseThrow(() -> new InvalidField("username", "There is nobody called " + username.strip() + "."));
        if (viewer.is(person.username())) {
            throw new InvalidField("username", "You cannot ban or mute yourself.");
        }
        return person;
    }

    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "Give a reason: the person concerned will see it.");
        }
        var why = reason.strip();
        if (why.length() > Sanction.REASON_MAX) {
            throw new InvalidField("reason", "Keep the reason under " + Sanction.REASON_MAX + " characters.");
        }
        return why;
    }
}
