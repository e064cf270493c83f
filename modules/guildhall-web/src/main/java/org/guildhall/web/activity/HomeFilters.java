package org.guildhall.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.guildhall.access.Viewer;
import org.guildhall.activity.Stream;
import org.guildhall.network.NetworkVisits;

/** The stream's filters from query parameters: a kind's code and a network's slug (one the viewer may see). */
@RequestScoped
public class HomeFilters {

    @Inject
    NetworkVisits visits;

    @Inject
    Viewer viewer;

    public Stream.Filter of(String kind, String network) {
        var networkId = network == null || network.isBlank() ? null : visits.visit(viewer, network.strip()).network().id();
        return new Stream.Filter(ActivityJson.kind(kind), networkId);
    }
}
