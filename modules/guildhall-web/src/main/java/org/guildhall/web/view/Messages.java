package org.guildhall.web.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Every label comes from {@code i18n/messages*.properties}; Thymeleaf's standard resolver only
 * reads bundles beside each template, so this resolver reads the one application bundle.
 */
@ApplicationScoped
public class Messages implements IMessageResolver {

    private static final String BUNDLE = "i18n.messages";

    public String get(Locale locale, String key, Object... args) {
        try {
            var pattern = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return null;
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
