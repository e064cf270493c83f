package org.guildhall.wiki;

import org.guildhall.access.Conflict;

/**
 * Someone saved the page after this editor opened it and both changed the same lines: nothing is
 * saved; the editor gets the merge with both versions marked, to resolve and save on top of
 * {@code current}.
 */
public class EditConflict extends Conflict {

    private final transient WikiPage page;
    private final transient RevisionSummary current;
    private final String merged;
    private final transient PageDraft mine;

    EditConflict(WikiPage page, RevisionSummary current, String merged, PageDraft mine) {
        super(current.authorName() + " saved this page (revision " + current.number() + ") while you were editing, "
                + "and changed some of the same lines. Both versions are marked below: keep what should stay, remove the markers and save.");
        this.page = page;
        this.current = current;
        this.merged = merged;
        this.mine = mine;
    }

    public WikiPage page() { return page; }
    public RevisionSummary current() { return current; }
    public String merged() { return merged; }
    public PageDraft mine() { return mine; }
}
