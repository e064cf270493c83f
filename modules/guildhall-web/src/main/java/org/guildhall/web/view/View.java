package org.guildhall.web.view;

import java.util.HashMap;
import java.util.Map;

/**
 * A page to render: a Thymeleaf template under {@code templates/} and its model. Resources
 * return one; {@link ThymeleafWriter} renders it inside the shared layout.
 */
public final class View {

    private final String template;
    private final Map<String, Object> model = new HashMap<>();

    private View(String template) {
        this.template = template;
    }

    public static View of(String template) {
        return new View(template);
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
