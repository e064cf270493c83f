/**
 * Personal feed tokens: a feed reader cannot sign in through Keycloak, so a person creates a
 * token on their profile and gives the reader a feed address that carries it. The token reads
 * as that person, with an employee's rights only, and stops working the moment it is revoked.
 */
package org.guildhall.feed;
