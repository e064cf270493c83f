package org.guildhall.web.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Messages that outlive a redirect: an action says what it did ("You joined Cloud Platform
 * Community") or why it could not ("… is the last owner"), and the next page shows it once, in
 * the layout's live region. Kept in the browser's session; API calls have none and skip them.
 */
@RequestScoped
public class Flash {

    static final String SESSION_KEY = Flash.class.getName();
    static final String KEPT_KEY = Flash.class.getName() + ".kept";

    /** One message: a kind (success, info, danger) and either a label key with arguments or a text. */
    public record Message(String kind, String key, List<String> args, String text) implements Serializable {

        public boolean isProblem() {
            return "danger".equals(kind);
        }
    }

    @Inject
    HttpServletRequest request;

    public void success(String key, Object... args) {
        add(new Message("success", key, strings(args), null));
    }

    public void info(String key, Object... args) {
        add(new Message("info", key, strings(args), null));
    }

    /** A refusal's own words, shown as an error. */
    public void problem(String text) {
        add(new Message("danger", null, List.of(), text));
    }

    /** What the person typed into the form they sent, so the page they return to can show it again. */
    public void keep(String action, Map<String, String> fields) {
        var session = request.getSession(false);
        if (session != null) {
            session.setAttribute(KEPT_KEY, new KeptInput(action, fields));
        }
    }

    @SuppressWarnings("unchecked")
    private void add(Message message) {
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        var messages = (List<Message>) session.getAttribute(SESSION_KEY);
        var next = messages == null ? new ArrayList<Message>() : new ArrayList<>(messages);
        next.add(message);
        session.setAttribute(SESSION_KEY, next);
    }

    /** The messages waiting for this page, now taken (shown once). */
    @SuppressWarnings("unchecked")
    static List<Message> take(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        var messages = (List<Message>) session.getAttribute(SESSION_KEY);
        session.removeAttribute(SESSION_KEY);
        return messages == null ? List.of() : messages;
    }

    static KeptInput takeKept(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return KeptInput.NONE;
        }
        var kept = (KeptInput) session.getAttribute(KEPT_KEY);
        session.removeAttribute(KEPT_KEY);
        return kept == null ? KeptInput.NONE : kept;
    }

    private static List<String> strings(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }
}
