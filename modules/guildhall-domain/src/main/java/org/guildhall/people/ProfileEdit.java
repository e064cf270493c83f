package org.guildhall.people;

import jakarta.validation.constraints.Size;

/**
 * What a person may change on their own profile. {@code version} is the one they edited, so a
 * change made elsewhere in the meantime is detected instead of overwritten.
 */
public record ProfileEdit(
        @Size(max = ABOUT_MAX, message = "{profile.about.size}") String about,
        @Size(max = LOCATION_MAX, message = "{profile.location.size}") String location,
        Long version) {

    public static final int ABOUT_MAX = 4000;
    public static final int LOCATION_MAX = 120;
}
