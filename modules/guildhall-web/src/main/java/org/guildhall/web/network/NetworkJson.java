package org.guildhall.web.network;

import java.time.Instant;
import java.util.List;

import org.guildhall.network.Membership;
import org.guildhall.network.Network;
import org.guildhall.people.Person;

/** A network as the API shows it, with the viewer's own standing when they have one. */
public record NetworkJson(String slug, String name, String description, String purpose, String whoShouldJoin,
                          List<String> topics, List<String> departments, String visibility, String contentAccess,
                          String joinPolicy, String posting, String status, String statusReason, int memberCount,
                          List<String> owners, Instant createdAt, Instant lastActivityAt, long version,
                          Standing mine, RemovalJson removal) {

    /** The same network, telling the viewer why they were removed from it. */
    NetworkJson withRemoval(RemovalJson why) {
        return new NetworkJson(slug, name, description, purpose, whoShouldJoin, topics, departments, visibility,
                contentAccess, joinPolicy, posting, status, statusReason, memberCount, owners, createdAt, lastActivityAt,
                version, mine, why);
    }

    /** The viewer's membership: role and state, or null when they have none. */
    public record Standing(String role, String state, long version) {
        static Standing of(Membership m) {
            return m == null ? null : new Standing(m.role().code(), m.state().code(), m.version());
        }
    }

    public static NetworkJson of(Network n, List<Person> owners, Membership mine) {
        return new NetworkJson(n.slug(), n.name(), n.description(), n.purpose(), n.whoShouldJoin(), n.topics(),
                n.departments(), n.visibility().code(), n.contentAccess().code(), n.joinPolicy().code(), n.posting().code(),
                n.status().code(), n.statusReason(), n.memberCount(),
                owners.stream().map(Person::username).toList(), n.createdAt(), n.lastActivityAt(), n.version(),
                Standing.of(mine), null);
    }
}
