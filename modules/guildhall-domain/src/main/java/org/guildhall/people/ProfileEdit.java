package org.guildhall.people;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person may change on their own profile. {@code version} is the one they edited, so a
 * change made elsewhere in the meantime is detected instead of overwritten. Department, title,
 * manager and employee id are HR's and not here.
 */
public record ProfileEdit(
        @Size(max = ABOUT_MAX, message = "{profile.about.size}") String about,
        @Size(max = LOCATION_MAX, message = "{profile.location.size}") String location,
        @Size(max = LIST_MAX, message = "{profile.interests.size}") String interests,
        @Size(max = LIST_MAX, message = "{profile.hobbies.size}") String hobbies,
        @Size(max = PHONE_MAX, message = "{profile.phone.size}")
        @Pattern(regexp = "[+0-9 ()./-]*", message = "{profile.phone.pattern}") String phone,
        @Size(max = CHAT_MAX, message = "{profile.chat.size}") String chat,
        boolean openToQuestions,
        boolean openToMentoring,
        boolean openToProjects,
        boolean talentDiscovery,
        Long version) {

    public static final int ABOUT_MAX = 4000;
    public static final int LOCATION_MAX = 120;
    public static final int LIST_MAX = 1000;
    public static final int PHONE_MAX = 40;
    public static final int CHAT_MAX = 120;

    /** The profile as it stands, to start an edit from. */
    public static ProfileEdit of(Person p) {
        return new ProfileEdit(p.about(), p.location(), p.interests(), p.hobbies(), p.phone(), p.chat(),
                p.openToQuestions(), p.openToMentoring(), p.openToProjects(), p.talentDiscovery(), p.version());
    }
}
