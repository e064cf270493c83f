package org.guildhall.question;

/**
 * A question or answer changed since its editor opened it: the saved text and theirs travel to
 * the page or the API, so nothing is lost. {@code title} is null for an answer.
 */
public class StaleEdit extends RuntimeException {

    public record Text(String title, String body) {
    }

    private final transient Text saved;
    private final transient Text yours;
    private final long version;

    StaleEdit(String what, Text saved, long version, Text yours) {
        super("This " + what + " was changed elsewhere after you started editing; compare both versions and save again");
        this.saved = saved;
        this.version = version;
        this.yours = yours;
    }

    public Text saved() { return saved; }
    public Text yours() { return yours; }
    /** The saved version, to edit from when saving again. */
    public long version() { return version; }
}
