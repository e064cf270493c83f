package org.guildhall.web.view;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** Renders a {@link View} as HTML, adding what every page needs (signed-in person, CSRF token). */
@Provider
@Produces(MediaType.TEXT_HTML)
public class ThymeleafWriter implements MessageBodyWriter<View> {

    @Inject
    Templates templates;

    @Inject
    PageContext page;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return View.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(View view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        page.addTo(view.model(), view.isFragment());
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        out.write(templates.render(view.template(), view.model(), request, response).getBytes(StandardCharsets.UTF_8));
    }
}
