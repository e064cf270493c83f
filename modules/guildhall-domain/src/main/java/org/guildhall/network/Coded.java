package org.guildhall.network;

import java.util.Arrays;
import java.util.Optional;

/** Enums as the API and forms spell them: lower case, words joined by '-' ({@code members-only}). */
public interface Coded {

    String name();

    default String code() {
        return name().toLowerCase().replace('_', '-');
    }

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }
}
