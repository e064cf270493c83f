package org.guildhall.web.view;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The Thymeleaf engine, built once; templates live in {@code templates/<feature>/}. */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    @Inject
    Messages messages;

    private TemplateEngine engine;
    private JakartaServletWebApplication application;

    private synchronized void init() {
        if (engine != null) {
            return;
        }
        var resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var e = new TemplateEngine();
        e.setTemplateResolver(resolver);
        e.setMessageResolver(messages);
        application = JakartaServletWebApplication.buildApplication(servletContext);
        engine = e;
    }

    /**
     * A template outside any request (a mail): there is no context path to resolve {@code @{...}}
     * against, so such templates build absolute links from the public address themselves.
     */
    public String render(String template, Map<String, Object> model, Locale locale) {
        init();
        return engine.process(template, new org.thymeleaf.context.Context(locale, model));
    }

    public String render(String template, Map<String, Object> model, HttpServletRequest request,
                         HttpServletResponse response) {
        init();
        Locale locale = request.getLocale() == null ? Locale.ENGLISH : request.getLocale();
        var context = new WebContext(application.buildExchange(request, response), locale, model);
        return engine.process(template, context);
    }
}
