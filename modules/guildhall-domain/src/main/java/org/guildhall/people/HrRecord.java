package org.guildhall.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person as the HR directory describes them: checked field by field by the importer, so
 * everything here is already within bounds.
 */
public record HrRecord(String employeeId, String email, String name, String department, String title,
                       String managerId, String location, List<String> languages, LocalDate hireDate, String username) {

    public static final int EMPLOYEE_ID_MAX = 40;
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;
    public static final int DEPARTMENT_MAX = 120;
    public static final int TITLE_MAX = 120;
    public static final int LOCATION_MAX = ProfileEdit.LOCATION_MAX;
    public static final int LANGUAGES_MAX = 10;
    public static final int LANGUAGE_MAX = 40;
    public static final int USERNAME_MAX = 100;

    public HrRecord {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** The sign-in name the person will most likely have: the given one, or the email's local part. */
    public String likelyUsername() {
        return username != null ? username : email.substring(0, email.indexOf('@')).toLowerCase(java.util.Locale.ROOT);
    }
}
