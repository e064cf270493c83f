package org.guildhall.network;

/** A page of a network's membership directory, filtered by role, department and name. */
public record MemberQuery(Role role, String department, String name, int page, int size) {

    public MemberQuery {
        department = department == null || department.isBlank() ? null : department.strip();
        name = name == null || name.isBlank() ? null : name.strip();
    }
}
