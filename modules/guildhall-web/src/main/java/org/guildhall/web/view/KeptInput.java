package org.guildhall.web.view;

import java.io.Serializable;
import java.util.Map;

/**
 * The fields of a form that was refused, for the page it came from: a template asks for a
 * field's kept value for the form with that action, falling back to what it would show anyway.
 */
public record KeptInput(String action, Map<String, String> fields) implements Serializable {

    public static final KeptInput NONE = new KeptInput("", Map.of());

    public KeptInput {
        fields = Map.copyOf(fields);
    }

    /** The value typed into {@code field} of the form posting to {@code formAction}, or {@code fallback}. */
    public String value(String formAction, String field, String fallback) {
        return action.equals(formAction) && fields.containsKey(field) ? fields.get(field) : fallback;
    }

    /**
     * As {@link #value(String, String, String)}, for one of several forms posting to the same
     * action, told apart by a field: the reply to comment 12 has {@code parentId=12}, the new
     * comment none ({@code which} null).
     */
    public String value(String formAction, String by, Object which, String field, String fallback) {
        var sent = fields.get(by);
        var same = which == null ? sent == null || sent.isEmpty() : String.valueOf(which).equals(sent);
        return same ? value(formAction, field, fallback) : fallback;
    }

    /** Whether the refused form is the one posting to {@code formAction} (to open it again, say). */
    public boolean isFor(String formAction) {
        return action.equals(formAction);
    }
}
