package org.guildhall.blog;

/** The post changed since the author opened it: both versions travel to the page or the API. */
public class StalePost extends RuntimeException {

    private final transient Post current;
    private final transient PostDraft mine;

    public StalePost(Post current, PostDraft mine) {
        super("This post was changed elsewhere after you started editing; compare both versions and save again");
        this.current = current;
        this.mine = mine;
    }

    public Post current() {
        return current;
    }

    public PostDraft mine() {
        return mine;
    }
}
