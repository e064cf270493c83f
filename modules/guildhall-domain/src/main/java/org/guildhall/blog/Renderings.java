package org.guildhall.blog;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.guildhall.text.Markdown;

/**
 * Posts and comments are rendered when written; when the renderer changes ({@link Markdown#VERSION}),
 * the next index rebuild renders the older ones again through this, chunk by chunk. Only the
 * rendering columns change, and only while the text is still the one rendered: versions, and an
 * edit saved meanwhile (which renders itself), are untouched.
 */
@ApplicationScoped
public class Renderings {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void renderAgain(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        em.createQuery("select p.id, p.body from Post p where p.id in :ids and p.renderVersion < :version", Object[].class)
                .setParameter("ids", postIds).setParameter("version", Markdown.VERSION).getResultList()
                .forEach(row -> {
                    var r = Markdown.render((String) row[1]);
                    em.createQuery("""
                                    update Post p set p.bodyHtml = :html, p.bodyText = :text, p.excerpt = :excerpt,
                                    p.readingMinutes = :minutes, p.renderVersion = :version where p.id = :id and p.body = :body""")
                            .setParameter("html", r.html()).setParameter("text", r.text()).setParameter("excerpt", r.excerpt())
                            .setParameter("minutes", r.minutes()).setParameter("version", r.version())
                            .setParameter("id", row[0]).setParameter("body", row[1]).executeUpdate();
                });
        em.createQuery("select c.id, c.body from Comment c where c.post.id in :ids and c.renderVersion < :version", Object[].class)
                .setParameter("ids", postIds).setParameter("version", Markdown.VERSION).getResultList()
                .forEach(row -> {
                    var r = Markdown.render((String) row[1]);
                    em.createQuery("update Comment c set c.bodyHtml = :html, c.bodyText = :text, c.renderVersion = :version"
                                    + " where c.id = :id and c.body = :body")
                            .setParameter("html", r.html()).setParameter("text", r.text()).setParameter("version", r.version())
                            .setParameter("id", row[0]).setParameter("body", row[1]).executeUpdate();
                });
    }
}
