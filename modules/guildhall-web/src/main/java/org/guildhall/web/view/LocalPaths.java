package org.guildhall.web.view;

import java.net.URI;

import jakarta.ws.rs.core.UriBuilder;

/** Where to send someone back to after a form: a path on this site, encoded, never another site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    public static URI of(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return URI.create("/");
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notEncoded) {
            try {
                return UriBuilder.fromPath(path).build();
            } catch (IllegalArgumentException | jakarta.ws.rs.core.UriBuilderException stillNot) {
                return URI.create("/");
            }
        }
    }
}
