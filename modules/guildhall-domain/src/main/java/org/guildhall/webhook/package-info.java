/**
 * Webhooks for integrators: an admin registers an address and the events it wants; each event
 * becomes a delivery in the database (in the transaction that made it), posted as JSON signed
 * with HMAC-SHA256 over the timestamp and body, retried with backoff, every attempt logged with
 * the endpoint's answer, and replayable. Only what every employee may read is delivered: an
 * endpoint is nobody in particular, so members-only content never leaves.
 */
package org.guildhall.webhook;
