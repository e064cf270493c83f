package org.guildhall.web.observability;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every page and API call by its route template ({@code /api/v1/networks/{slug}}), never
 * by its concrete path, so the number of series stays that of the routes: count, total and
 * maximum per route, method and status class.
 */
@Provider
public class RouteTimer implements ContainerRequestFilter, ContainerResponseFilter {

    static final String METRIC = "guildhall.http.requests";
    private static final String STARTED = RouteTimer.class.getName() + ".started";

    @Inject
    MeterRegistry registry;

    @Context
    ResourceInfo resource;

    private static final Map<String, Timer> TIMERS = new ConcurrentHashMap<>();
    /** Each resource method's route template, worked out once. */
    private static final Map<Method, String> ROUTES = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        var method = request.getMethod();
        var route = route();
        var status = response.getStatus() / 100 + "xx";
        // Looked up once per series: finding a meter in WildFly's registry scans all of them.
        // registry.timer(...), not Timer.builder(...).register(...): WildFly's per-deployment
        // registry exports only meters made through its own methods.
        TIMERS.computeIfAbsent(method + " " + route + " " + status,
                        key -> registry.timer(METRIC, "method", method, "route", route, "status", status))
                .record(Duration.ofNanos(System.nanoTime() - started));
    }

    private String route() {
        if (resource == null || resource.getResourceMethod() == null) {
            return "unmatched";
        }
        return ROUTES.computeIfAbsent(resource.getResourceMethod(), m -> template(resource.getResourceClass(), m));
    }

    private static String template(Class<?> resourceClass, Method resourceMethod) {
        var type = resourceClass.getAnnotation(Path.class);
        var method = resourceMethod.getAnnotation(Path.class);
        var route = "/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        route = route.replaceAll("/+", "/");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }
}
