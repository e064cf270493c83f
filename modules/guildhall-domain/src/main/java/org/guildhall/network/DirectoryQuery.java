package org.guildhall.network;

/**
 * A page of the network directory: optional filters (topic, sponsoring department, minimum
 * size, active within N days, only mine) and a sort order.
 */
public record DirectoryQuery(String topic, String department, Integer minMembers, Integer activeWithinDays,
                             boolean mine, Sort sort, int page, int size) {

    public enum Sort implements Coded {
        ACTIVITY, SIZE, NEWEST, NAME
    }

    public DirectoryQuery {
        topic = blankToNull(topic);
        department = blankToNull(department);
        sort = sort == null ? Sort.ACTIVITY : sort;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
