package org.guildhall.web.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Every label comes from {@code i18n/messages*.properties}; Thymeleaf's standard resolver only
 * reads bundles beside each template, so this resolver reads the one application bundle. Patterns
 * are parsed once per locale and key (a page resolves dozens of labels); an apostrophe in a label is
 * always literal, never MessageFormat quoting.
 */
@ApplicationScoped
public class Messages implements IMessageResolver {

    private static final String BUNDLE = "i18n.messages";

    private final Map<Locale, Map<String, Optional<MessageFormat>>> formats = new ConcurrentHashMap<>();

    public String get(Locale locale, String key, Object... args) {
        var format = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> load(locale, k));
        if (format.isEmpty()) {
            return null;
        }
        // MessageFormat is not thread-safe; formatting a cheap clone keeps the parsed pattern shared.
        return ((MessageFormat) format.get().clone()).format(args);
    }

    private static Optional<MessageFormat> load(Locale locale, String key) {
        try {
            // No fallback to the JVM's default locale: on a server set to German, English readers would get German.
            var pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return Optional.of(new MessageFormat(pattern.replace("'", "''"), locale));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getName() {
        return "guildhall";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return get(context.getLocale(), key, args == null ? new Object[0] : args);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] args) {
        return "??" + key + "??";
    }
}
