package org.guildhall.web.moderation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.access.InvalidField;
import org.guildhall.moderation.AuditAction;
import org.guildhall.moderation.ContentKind;
import org.guildhall.moderation.Decision;
import org.guildhall.moderation.ModerationRepository;
import org.guildhall.moderation.Origin;
import org.guildhall.moderation.PreModerationMode;
import org.guildhall.moderation.ReportReason;
import org.guildhall.moderation.SanctionKind;

/** Turns what pages and API calls send into moderation's terms, or a field message saying what is accepted. */
final class ModerationParams {

    private ModerationParams() {
    }

    static ContentKind kind(String code) {
        return required("kind", code, ContentKind::of, ContentKind.values(), ContentKind::code);
    }

    static ReportReason reason(String code) {
        return required("reason", code, ReportReason::of, ReportReason.values(), ReportReason::code);
    }

    static Decision decision(String code) {
        return required("decision", code, Decision::of, Decision.values(), Decision::code);
    }

    static SanctionKind sanctionKind(String code) {
        return code == null || code.isBlank() ? SanctionKind.BAN
                : required("kind", code, SanctionKind::of, SanctionKind.values(), SanctionKind::code);
    }

    static PreModerationMode mode(String code) {
        return required("mode", code, PreModerationMode::of, PreModerationMode.values(), PreModerationMode::code);
    }

    /** A date (the start of that day, UTC) or an instant; or, when none is given, so many days from now. */
    static Instant until(String until, Integer days, Clock clock) {
        if ((until == null || until.isBlank()) && days != null) {
            if (days < 1 || days > 3650) {
                throw new InvalidField("days", "Ban or mute for 1 to 3650 days.");
            }
            return clock.instant().plusSeconds(days * 86_400L);
        }
        if (until == null || until.isBlank()) {
            throw new InvalidField("until", "Say until when (a date such as 2026-12-31).");
        }
        try {
            return until.strip().length() == 10 ? LocalDate.parse(until.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(until.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidField("until", "“" + until.strip() + "” is not a date: write it as 2026-12-31.");
        }
    }

    static ModerationRepository.QueueFilter queue(String state, String origin, String kind, String assignee) {
        Boolean open = switch (state == null || state.isBlank() ? "open" : state.strip()) {
            case "open" -> true;
            case "decided" -> false;
            case "all" -> null;
            default -> throw new InvalidField("state", "State is open, decided or all.");
        };
        Origin from = null;
        if (origin != null && !origin.isBlank()) {
            from = Arrays.stream(Origin.values()).filter(o -> o.code().equals(origin.strip())).findFirst()
                    .orElseThrow(() -> new InvalidField("origin", "Origin is reported or held."));
        }
        var k = kind == null || kind.isBlank() ? null : kind(kind);
        var who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return new ModerationRepository.QueueFilter(open, from, k, who);
    }

    static ModerationRepository.AuditFilter audit(String action, String actor) {
        var a = action == null || action.isBlank() ? null
                : required("action", action, AuditAction::of, AuditAction.values(), AuditAction::code);
        return new ModerationRepository.AuditFilter(a, actor == null || actor.isBlank() ? null : actor.strip());
    }

    static Integer number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "“" + value.strip() + "” is not a whole number.");
        }
    }

    static List<Long> ids(List<String> values) {
        try {
            return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).map(v -> Long.valueOf(v.strip())).toList();
        } catch (NumberFormatException e) {
            throw new InvalidField("cases", "Cases are given by their numbers.");
        }
    }

    private static <T> T required(String field, String code, Function<String, Optional<T>> parse, T[] values, Function<T, String> codeOf) {
        return parse.apply(code).orElseThrow(() -> new InvalidField(field, (code == null || code.isBlank() ? "Choose a " + field + "."
                : "“" + code.strip() + "” is not a " + field + ".") + " One of: "
                + Arrays.stream(values).map(codeOf).collect(Collectors.joining(", ")) + "."));
    }
}
