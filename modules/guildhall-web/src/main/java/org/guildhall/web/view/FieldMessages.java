package org.guildhall.web.view;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One message per form field. When a field breaks several rules (an empty name is both blank and
 * too short) the "missing" message wins, so the form says the most useful thing, every time.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static Map<String, String> firstPerField(Set<? extends ConstraintViolation<?>> violations) {
        var messages = new LinkedHashMap<String, String>();
        violations.stream()
                .sorted(Comparator.comparing(FieldMessages::isMissing).reversed())
                .forEach(v -> messages.putIfAbsent(v.getPropertyPath().iterator().next().getName(), v.getMessage()));
        return messages;
    }

    private static boolean isMissing(ConstraintViolation<?> violation) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        return annotation instanceof NotBlank || annotation instanceof NotNull;
    }
}
