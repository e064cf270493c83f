/**
 * Notifications: what one person is told — mentions, replies, thanks, endorsements, decisions
 * about memberships and content, invitations and requests to decide — in the app and by mail.
 * They are written by observers of the features' events in the features' transactions; what a
 * notification is about is re-checked against the recipient's readers whenever it is shown or
 * mailed, so one that concerns something they may no longer read does not exist for them.
 * Mail is a durable queue in the notification rows themselves, claimed per recipient (a burst
 * becomes one mail), retried with backoff and safe on any number of nodes.
 */
package org.guildhall.notification;
