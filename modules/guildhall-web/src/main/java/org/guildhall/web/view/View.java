package org.guildhall.web.view;

import java.util.HashMap;
import java.util.Map;

/**
 * A page to render: a Thymeleaf template under {@code templates/} and its model. Resources
 * return one; {@link ThymeleafWriter} renders it inside the shared layout.
 */
public final class View {

    private final String template;
    private final boolean fragment;
    private final Map<String, Object> model = new HashMap<>();

    private View(String template, boolean fragment) {
        this.template = template;
        this.fragment = fragment;
    }

    public static View of(String template) {
        return new View(template, false);
    }

    /**
     * A piece of a page that a script fetches (suggestions, progress): no layout, so it neither
     * shows nor consumes the session's messages and kept input, and skips the header's badge.
     */
    public static View fragment(String template) {
        return new View(template, true);
    }

    public boolean isFragment() {
        return fragment;
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public String template() {
        return template;
    }

    public Map<String, Object> model() {
        return model;
    }
}
