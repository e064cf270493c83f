package org.guildhall.web.error;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.Logger;

/** A bug on our side: logged with a reference the person can quote, shown without internals. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class);

    @Inject
    ErrorResponses errors;

    @Override
    public Response toResponse(Throwable e) {
        var reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, reference %s", reference);
        return errors.of(500, "Something went wrong on our side. If it keeps happening, quote reference " + reference + ".");
    }
}
