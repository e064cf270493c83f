package org.guildhall.web.error;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.guildhall.persistence.Uniqueness;
import org.jboss.logging.Logger;

/**
 * A bug on our side: logged with a reference the person can quote, shown without internals.
 * A unique-constraint race that reached the commit is the person's repeat, not a bug: a 409.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(Throwable e) {
        if (Uniqueness.isViolation(e)) {
            // Two requests raced to create the same thing (a double click): the first one won.
            return errors.of(409, "That was already done, perhaps by a second click. Reload the page to see where things stand.");
        }
        var reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return errors.of(500, "Something went wrong on our side. If it keeps happening, quote reference " + reference + ".");
    }
}
