package org.guildhall.web.people;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.guildhall.access.AccessPolicy;
import org.guildhall.access.Viewer;
import org.guildhall.blog.Blogs;
import org.guildhall.blog.Post;
import org.guildhall.expertise.SkillProfiles;
import org.guildhall.expertise.SkillProfiles.Declared;
import org.guildhall.network.NetworkDirectory;
import org.guildhall.network.NetworkDirectory.ProfileNetworks;
import org.guildhall.people.Person;
import org.guildhall.people.Photos;
import org.guildhall.people.Profiles;
import org.guildhall.search.SearchUnavailable;
import org.guildhall.search.expertise.ProfileExpertise;
import org.guildhall.search.expertise.ProfileExpertise.Inferred;

/** Everything a profile page shows, as the viewer may see it, gathered in one transaction. */
@ApplicationScoped
public class ProfileViews {

    @Inject
    Profiles profiles;

    @Inject
    AccessPolicy access;

    @Inject
    NetworkDirectory networks;

    @Inject
    SkillProfiles skills;

    @Inject
    ProfileExpertise expertise;

    @Inject
    Photos photos;

    @Inject
    Blogs blogs;

    @Inject
    org.guildhall.question.Reputation reputation;

    /**
     * A profile as one viewer sees it. {@code inferred} is null when search is unavailable (the
     * page says so rather than showing nothing as if there were nothing).
     */
    public record ProfileView(Person person, boolean canEdit, Profiles.OrgChart org, ProfileNetworks networks,
                              List<Declared> declared, List<Inferred> inferred, boolean hasPhoto, List<Post> recent,
                              org.guildhall.question.Reputation.Standing answers) {
        public boolean isMine(Viewer viewer) {
            return viewer.is(person.username());
        }
    }

    @Transactional
    public ProfileView of(Viewer viewer, String username) {
        var person = profiles.find(username);
        access.requireCanSee(viewer, person);
        List<Inferred> inferred;
        try {
            inferred = expertise.of(viewer, person);
        } catch (SearchUnavailable e) {
            inferred = null;
        }
        return new ProfileView(person, access.canEdit(viewer, person), profiles.orgChart(person),
                networks.onProfile(viewer, person), skills.declaredOf(viewer, person), inferred,
                !photos.withPhoto(List.of(person.id())).isEmpty(),
                blogs.personalBlog(viewer, username, 1, 5).posts().items(), reputation.of(viewer, person));
    }
}
