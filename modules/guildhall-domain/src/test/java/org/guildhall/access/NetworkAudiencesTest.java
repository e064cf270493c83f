package org.guildhall.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.guildhall.access.Grants.Standing;
import org.guildhall.network.ContentAccess;
import org.guildhall.network.NetworkStatus;
import org.guildhall.network.Visibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetworkAudiencesTest {

    private static final long ID = 7;

    /** Who holds what: an employee, a member, an invitee, a requester, an owner, an admin. */
    private static Reader reader(String who) {
        return switch (who) {
            case "employee" -> new Reader(who, Set.of(Grants.EVERYONE));
            case "member" -> new Reader(who, Set.of(Grants.EVERYONE, Grants.network(ID, Standing.ACTIVE)));
            case "invitee" -> new Reader(who, Set.of(Grants.EVERYONE, Grants.network(ID, Standing.INVITED)));
            case "requester" -> new Reader(who, Set.of(Grants.EVERYONE, Grants.network(ID, Standing.REQUESTED)));
            case "owner" -> new Reader(who, Set.of(Grants.EVERYONE, Grants.network(ID, Standing.ACTIVE),
                    Grants.network(ID, Standing.MODERATOR), Grants.network(ID, Standing.OWNER)));
            case "admin" -> new Reader(who, Set.of(Grants.EVERYONE, Grants.ADMINS));
            case "member-elsewhere" -> new Reader(who, Set.of(Grants.EVERYONE, Grants.network(ID + 1, Standing.ACTIVE)));
            default -> Reader.NOBODY;
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} sees {4}, reads {5}")
    @CsvSource({
            "ACTIVE,   LISTED, PUBLIC,       employee,  true,  true",
            "ACTIVE,   LISTED, MEMBERS_ONLY, employee,  true,  false",
            "ACTIVE,   LISTED, MEMBERS_ONLY, member,    true,  true",
            "ACTIVE,   LISTED, MEMBERS_ONLY, invitee,   true,  false",
            "ACTIVE,   HIDDEN, PUBLIC,       employee,  false, false",
            "ACTIVE,   HIDDEN, PUBLIC,       invitee,   true,  true",
            "ACTIVE,   HIDDEN, PUBLIC,       requester, false, false",
            "ACTIVE,   HIDDEN, MEMBERS_ONLY, invitee,   true,  false",
            "ACTIVE,   HIDDEN, MEMBERS_ONLY, member,    true,  true",
            "ACTIVE,   HIDDEN, MEMBERS_ONLY, member-elsewhere, false, false",
            "ACTIVE,   HIDDEN, MEMBERS_ONLY, admin,     true,  true",
            "ARCHIVED, LISTED, PUBLIC,       employee,  true,  true",
            "ARCHIVED, HIDDEN, MEMBERS_ONLY, member,    true,  true",
            "PROPOSED, LISTED, PUBLIC,       employee,  false, false",
            "PROPOSED, LISTED, PUBLIC,       owner,     true,  true",
            "PROPOSED, HIDDEN, MEMBERS_ONLY, admin,     true,  true",
            "REJECTED, LISTED, PUBLIC,       member,    false, false",
            "REJECTED, LISTED, PUBLIC,       owner,     true,  true",
            "ACTIVE,   LISTED, PUBLIC,       nobody,    false, false",
    })
    void one_rule_decides_who_sees_and_who_reads(NetworkStatus status, Visibility visibility, ContentAccess access,
                                                 String who, boolean sees, boolean reads) {
        assertThat(NetworkAudiences.seers(ID, status, visibility).admits(reader(who))).as("sees").isEqualTo(sees);
        assertThat(NetworkAudiences.readers(ID, status, visibility, access).admits(reader(who))).as("reads").isEqualTo(reads);
    }

    @ParameterizedTest
    @CsvSource({"LISTED, PUBLIC", "LISTED, MEMBERS_ONLY", "HIDDEN, PUBLIC", "HIDDEN, MEMBERS_ONLY"})
    void whoever_reads_also_sees(Visibility visibility, ContentAccess access) {
        var seers = NetworkAudiences.seers(ID, NetworkStatus.ACTIVE, visibility);
        var readers = NetworkAudiences.readers(ID, NetworkStatus.ACTIVE, visibility, access);
        for (var who : new String[] {"employee", "member", "invitee", "requester", "owner", "admin"}) {
            if (readers.admits(reader(who))) {
                assertThat(seers.admits(reader(who))).as(who).isTrue();
            }
        }
    }
}
