package org.guildhall.network;

import org.guildhall.access.NotFound;

/** No network at that slug, or none the viewer may see. */
public class NetworkNotFound extends NotFound {
    public NetworkNotFound(String slug) {
        super("No network at '" + slug + "'");
    }
}
