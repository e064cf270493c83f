package org.guildhall.wiki;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.guildhall.access.InvalidField;
import org.guildhall.access.Viewer;
import org.guildhall.people.Profiles;

/**
 * Files attached to wiki pages. Only known kinds are accepted, each served with its own content
 * type; only raster images are ever shown inline, and only when their bytes are what their name
 * says. Nothing uploaded is served as HTML, SVG or script.
 */
@ApplicationScoped
public class WikiAttachments {

    /** Extension → content type: what may be attached. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"),
            Map.entry("csv", "text/csv"), Map.entry("json", "application/json"), Map.entry("zip", "application/zip"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"));

    @Inject
    WikiAccess access;

    @Inject
    WikiRepository wikis;

    @Inject
    Profiles profiles;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guildhall.wiki.attachment-max-bytes", defaultValue = "10485760")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Attaches a file to a page, as a new version when the page already has one of that name.
     * {@code bytes} may hold one byte more than allowed: enough to know a file is too large.
     */
    @Transactional
    public WikiAttachment attach(Viewer viewer, String networkSlug, String pageSlug, String fileName, byte[] bytes) {
        var place = access.read(viewer, networkSlug);
        var page = access.page(viewer, place, pageSlug);
        access.requireEdit(viewer, place, page);
        var name = cleanName(fileName);
        var type = typeOf(name);
        if (bytes.length == 0) {
            throw new InvalidField("file", "“" + name + "” is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidField("file", "“" + name + "” is larger than " + megabytes(maxBytes) + ", the most a wiki attachment may be.");
        }
        if (type.startsWith("image/") && !looksLike(type, bytes)) {
            throw new InvalidField("file", "“" + name + "” is not the image its name says it is.");
        }
        var attachment = new WikiAttachment(page, name, wikis.lastAttachmentNumber(page, name) + 1, type, bytes,
                profiles.find(viewer.username()), clock.instant());
        wikis.store(attachment);
        return attachment;
    }

    /** Whether a stored attachment may be shown in the browser (a raster image) rather than downloaded. */
    public static boolean inline(WikiAttachment attachment) {
        return attachment.contentType().startsWith("image/");
    }

    static String cleanName(String fileName) {
        var name = fileName == null ? "" : fileName.replace('\\', '/');
        // ";" would start matrix parameters and "#", "%" a fragment or an escape in the file's address.
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?;#%]", "").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            throw new InvalidField("file", "Choose a file to attach.");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String typeOf(String name) {
        int dot = name.lastIndexOf('.');
        var type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new InvalidField("file", "Files like “" + name + "” can't be attached. Allowed: "
                    + String.join(", ", TYPES.keySet().stream().sorted().toList()) + ".");
        }
        return type;
    }

    private static boolean looksLike(String type, byte[] b) {
        return switch (type) {
            case "image/png" -> starts(b, 0x89, 'P', 'N', 'G');
            case "image/jpeg" -> starts(b, 0xFF, 0xD8, 0xFF);
            case "image/gif" -> starts(b, 'G', 'I', 'F', '8');
            case "image/webp" -> starts(b, 'R', 'I', 'F', 'F') && b.length > 12
                    && Arrays.equals(Arrays.copyOfRange(b, 8, 12), "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            default -> false;
        };
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
