package org.guildhall.web.flow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.flow.Brokers;
import org.guildhall.flow.Connections;
import org.guildhall.flow.DepartmentMap;
import org.guildhall.flow.FlowRuns;
import org.guildhall.flow.InteractionKind;
import org.guildhall.flow.NetworkReach;
import org.guildhall.flow.NetworkRef;
import org.guildhall.flow.Paths;
import org.guildhall.flow.Someone;

/** The JSON shapes of knowledge-flow figures. */
final class FlowJson {

    private FlowJson() {
    }

    record Person(String username, String name, String department, String title) {
        static Person of(Someone s) {
            return s == null ? null : new Person(s.username(), s.name(), s.department(), s.title());
        }
    }

    record Network(String slug, String name, int members) {
        static Network of(NetworkRef n) {
            return n == null ? null : new Network(n.slug(), n.name(), n.members());
        }
    }

    record Running(int stage, int stages, String working, int percent, Instant startedAt) {
    }

    /** When the figures were computed, and the computation under way if any. */
    record Status(Instant asOf, Running running) {
        static Status of(FlowRuns.Status s) {
            return new Status(s.asOf().orElse(null), s.running()
                    .map(r -> new Running(r.stage(), r.stages(), r.working(), r.percent(), r.startedAt())).orElse(null));
        }
    }

    record Interaction(String kind, int given, int received) {
    }

    record Connection(Person person, double strength, Instant lastInteractionAt, List<Interaction> interactions, List<Network> sharedNetworks) {
    }

    record Link(String from, String to, double strength) {
    }

    record ConnectionsJson(Person person, Status figures, List<Connection> connections, List<Link> links) {
    }

    static ConnectionsJson of(Connections.Graph g) {
        return new ConnectionsJson(Person.of(g.person()), Status.of(g.status()), g.connections().stream().map(c -> new Connection(
                Person.of(c.person()), c.strength(), c.lastAt(),
                c.interactions().entrySet().stream().map(e -> new Interaction(e.getKey().code(), e.getValue().given(), e.getValue().received())).toList(),
                c.sharedNetworks().stream().map(Network::of).toList())).toList(),
                g.links().stream().map(l -> new Link(l.from(), l.to(), l.strength())).toList());
    }

    record Subject(String type, String title, String url) {
    }

    record Reason(String kind, String text, Person actor, Person other, int count, Instant lastAt, Subject subject, Network network) {
    }

    record PathLink(Person from, Person to, List<Reason> reasons) {
    }

    record Chain(int intermediaries, List<PathLink> links) {
    }

    record PathJson(Person from, Person to, Status figures, int maxLinks, List<Chain> chains) {
    }

    static PathJson of(Paths.Result r, String viewer) {
        return new PathJson(Person.of(r.from()), Person.of(r.to()), Status.of(r.status()), Paths.MAX_LINKS, r.chains().stream()
                .map(c -> new Chain(c.intermediaries(), c.links().stream().map(l -> new PathLink(Person.of(l.from()), Person.of(l.to()),
                        l.reasons().stream().map(x -> new Reason(x.kind().code(), x.text(viewer), Person.of(x.actor()), Person.of(x.other()),
                                x.count(), x.lastAt(), x.subject() == null ? null : new Subject(x.subject().type().toLowerCase(), x.subject().title(),
                                x.subject().url()), Network.of(x.network()))).toList())).toList())).toList());
    }

    record Cell(String from, String to, int interactions, Map<String, Integer> byKind) {
    }

    record Balance(String department, int within, int crossing, int percentCrossing, boolean island) {
    }

    record DepartmentsJson(Status figures, String since, String until, List<String> departments, List<Cell> cells, List<Balance> balances) {
    }

    static DepartmentsJson of(DepartmentMap.View v) {
        var cells = v.cells().values().stream().flatMap(m -> m.values().stream())
                .map(c -> new Cell(c.from(), c.to(), c.interactions(), byKind(c.counts()))).toList();
        return new DepartmentsJson(Status.of(v.status()), v.period().since().toString(), v.period().until().toString(), v.departments(), cells,
                v.balances().stream().map(b -> new Balance(b.department(), b.within(), b.crossing(), b.percentCrossing(), b.island())).toList());
    }

    record Carrier(Network network, boolean companyWide, int interactions, Map<String, Integer> byKind) {
    }

    record Carried(Subject subject, int interactions, Map<String, Integer> byKind, Instant lastAt) {
    }

    record ExchangeJson(Status figures, String from, String to, String since, String until, List<Carrier> networks, List<Carried> content) {
    }

    static ExchangeJson of(DepartmentMap.Exchange e) {
        return new ExchangeJson(Status.of(e.status()), e.from(), e.to(), e.period().since().toString(), e.period().until().toString(),
                e.networks().stream().map(c -> new Carrier(Network.of(c.network()), c.network() == null, c.interactions(), byKind(c.counts()))).toList(),
                e.content().stream().map(c -> new Carried(new Subject(c.subject().type().toLowerCase(), c.subject().title(),
                        c.subject().url()), c.interactions(), byKind(c.counts()), c.lastAt())).toList());
    }

    record Reach(Network network, String homeDepartment, int members, int outsideMembers, int departments, int interactions,
                 int outsideInteractions, int percentOutside) {
        static Reach of(NetworkReach.Reach r) {
            return new Reach(Network.of(r.network()), r.home(), r.members(), r.outsideMembers(), r.departments(), r.interactions(),
                    r.outsideInteractions(), r.percentOutside());
        }
    }

    record ReachPage(Status figures, int page, int size, long total, List<Reach> items) {
    }

    record Month(String month, int interactions, int outsideInteractions) {
    }

    record TrendJson(Status figures, Reach reach, List<Month> months) {
    }

    static TrendJson of(NetworkReach.Trend t) {
        return new TrendJson(Status.of(t.status()), Reach.of(t.reach()),
                t.months().stream().map(m -> new Month(m.month().toString(), m.interactions(), m.outsideInteractions())).toList());
    }

    record Broker(Person person, double participation, int departments, int interactions, List<String> reached) {
    }

    record BrokersJson(Status figures, boolean withheld, int page, int size, long total, List<Broker> items) {
    }

    static BrokersJson of(Brokers.Listing l) {
        return new BrokersJson(Status.of(l.status()), l.withheld(), l.brokers().page(), l.brokers().size(), l.brokers().total(),
                l.brokers().items().stream().map(b -> new Broker(Person.of(b.person()), b.participation(), b.departments(), b.interactions(),
                        b.reached())).toList());
    }

    record Rising(Person person, int recent, int earlier) {
    }

    record Topic(String tag, int recent, int earlier) {
    }

    static Map<String, Integer> byKind(Map<InteractionKind, Integer> counts) {
        var map = new LinkedHashMap<String, Integer>();
        for (var kind : InteractionKind.values()) {
            if (counts.containsKey(kind)) {
                map.put(kind.code(), counts.get(kind));
            }
        }
        return map;
    }
}
