package org.guildhall.network;

import org.guildhall.people.Person;

/**
 * Another feature's say on whether someone may join (or ask to join) a network, found through
 * CDI so that the network feature knows none of them: moderation refuses people banned from it.
 */
public interface JoinGate {

    /** Throws a refusal (saying why and until when) when the person may not join now. */
    void requireMayJoin(Person person, Network network);
}
