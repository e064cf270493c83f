/**
 * People: a profile per member of staff. The identity provider owns name, email, department and
 * title (copied at each sign-in); the person owns what they say about themselves. Every change
 * appends to the {@link org.guildhall.outbox.Outbox} so the people index follows.
 */
package org.guildhall.people;
