/**
 * The activity stream: what happened (posts published, wiki pages edited, members joining,
 * endorsements) written once, in the transaction that did it, and read by each person through
 * what they follow — fan-out on read, so following or unfollowing, joining or leaving, and every
 * visibility change take effect on the next page without rewriting anyone's inbox. Each page of
 * the stream is re-checked against the content's own readers before it is shown.
 */
package org.guildhall.activity;
