/**
 * The transactional outbox between the database (the source of truth) and Elasticsearch.
 */
package org.guildhall.outbox;
