package org.guildhall.web.view;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browsers submit a textarea's line breaks as CR LF (the HTML standard says so); Guildhall keeps
 * text with LF, as the API sends it, so that a form and an API call store the same text and an
 * edit through the other changes nothing. Applies to every form field, for the whole application.
 */
@WebFilter(urlPatterns = "/*")
public class FormLineBreaks extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var type = request.getContentType();
        boolean form = type != null && type.startsWith("application/x-www-form-urlencoded");
        chain.doFilter(form ? new Normalised(request) : request, response);
    }

    static String lf(String value) {
        return value == null || value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static final class Normalised extends HttpServletRequestWrapper {

        Normalised(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return lf(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            var values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(FormLineBreaks::lf).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var map = new LinkedHashMap<String, String[]>();
            super.getParameterMap().forEach((name, values) ->
                    map.put(name, Arrays.stream(values).map(FormLineBreaks::lf).toArray(String[]::new)));
            return map;
        }
    }
}
