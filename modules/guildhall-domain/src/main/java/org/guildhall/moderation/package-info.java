/**
 * Keeping networks valuable and respectful: reports and the review queue, decisions with the
 * reason their author sees (hidden content stays recoverable), pre-moderation, bans and mutes,
 * the audit log of every moderation action, and write limits. Content features plug their items
 * in through {@link org.guildhall.moderation.ModeratedContent}; this package imports none of them.
 * See docs/moderation.md.
 */
package org.guildhall.moderation;
