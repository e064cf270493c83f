package org.guildhall.web.wiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

import org.guildhall.wiki.WikiAttachment;
import org.guildhall.wiki.WikiAttachments;

/**
 * An attachment as the browser receives it: its own content type, never sniffed; raster images
 * inline, everything else as a download; and a sandbox, so that nothing in it can run as the site.
 */
final class AttachmentResponses {

    private AttachmentResponses() {
    }

    static Response of(WikiAttachment a) {
        var encoded = URLEncoder.encode(a.name(), StandardCharsets.UTF_8).replace("+", "%20");
        var disposition = (WikiAttachments.inline(a) ? "inline" : "attachment")
                + "; filename=\"" + a.name().replaceAll("[^\\x20-\\x7E]|\"", "_") + "\"; filename*=UTF-8''" + encoded;
        var cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(300);
        return Response.ok(a.bytes(), a.contentType())
                .header("Content-Disposition", disposition)
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(cache)
                .build();
    }
}
