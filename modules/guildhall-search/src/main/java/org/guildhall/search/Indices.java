package org.guildhall.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.guildhall.persistence.Installation;
import org.jboss.logging.Logger;

/**
 * Which concrete indices stand behind each alias, and whether they can be trusted: an index is
 * <em>current</em> when it was built from this installation's database ({@code _meta.database})
 * with the mapping version the code expects. Searches read only a current index; writes go to
 * the current index and to any index being rebuilt. What Elasticsearch holds is read at most
 * once per {@link #FRESHNESS}, so every node sees a rebuild's new index within that time.
 */
@ApplicationScoped
public class Indices {

    /** How stale this node's view of the indices may be. */
    public static final Duration FRESHNESS = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(Indices.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SearchClient search;

    @Inject
    Installation installation;

    @Inject
    IndexerRegistry registry;

    @Inject
    Clock clock;

    /** One alias's indices. */
    record Standing(Optional<String> live, boolean liveCurrent, List<String> building) {
    }

    private volatile Map<String, Standing> standings;
    private volatile Instant readAt = Instant.EPOCH;

    /** The alias searches of this index read (and changes are written through). */
    public String alias(IndexDefinition index) {
        return index.alias(prefix());
    }

    /** The alias of this index's rebuild, while one runs. */
    public String buildingAlias(IndexDefinition index) {
        return index.buildingAlias(prefix());
    }

    private String prefix() {
        return search.indexPrefix();
    }

    /** Every index definition, once each. */
    public List<IndexDefinition> definitions() {
        return registry.rebuilding().stream().map(Indexer::index).distinct().toList();
    }

    /**
     * Where a change to a document of this index must be written now: the live alias (when its
     * index is current) and the building alias (while a rebuild runs). Writing through aliases
     * (with {@code require_alias}) means a write never lands in an index retired meanwhile.
     */
    public List<String> writeTargets(IndexDefinition index) {
        var standing = standing(index);
        var targets = new ArrayList<String>();
        if (!standing.building().isEmpty()) {
            targets.add(index.buildingAlias(prefix()));
        }
        if (standing.liveCurrent()) {
            targets.add(index.alias(prefix()));
        }
        return targets;
    }

    /** Searches may read this alias: its index is current. Otherwise search is unavailable until the rebuild ends. */
    /** Whether searches can read this index now (it exists, is current and no rebuild replaces it). */
    public boolean searchable(IndexDefinition index) {
        try {
            requireSearchable(index);
            return true;
        } catch (SearchUnavailable e) {
            return false;
        }
    }

    public void requireSearchable(IndexDefinition index) {
        try {
            if (!standing(index).liveCurrent()) {
                throw new SearchUnavailable("Search is being rebuilt from the database and will be back shortly", null);
            }
        } catch (UncheckedIOException | ElasticsearchException e) {
            throw new SearchUnavailable(e);
        }
    }

    /**
     * Why the indices must be rebuilt (one is missing, outdated or another database's), if they
     * must. When no rebuild is running, indices left "building" by an interrupted one are dropped.
     */
    public Optional<String> rebuildNeeded(boolean rebuilding) throws IOException {
        if (rebuilding) {
            return Optional.empty();
        }
        for (var index : definitions()) {
            if (!standing(index).building().isEmpty()) {
                abandon(index);
            }
        }
        for (var index : definitions()) {
            var standing = standing(index);
            if (!standing.liveCurrent()) {
                return Optional.of(standing.live().map(live -> live + " was built from another database or an older mapping")
                        .orElse(index.alias(prefix()) + " does not exist"));
            }
        }
        return Optional.empty();
    }

    /**
     * Ends what an unfinished rebuild left behind, so changes stop going there: an index that was
     * already promoted (live) only loses its building alias; any other is dropped.
     */
    public void abandon(IndexDefinition index) throws IOException {
        var standing = standings(true).get(index.alias(prefix()));
        if (standing == null || standing.building().isEmpty()) {
            return;
        }
        for (var name : standing.building()) {
            if (standing.live().filter(name::equals).isPresent()) {
                search.es().indices().deleteAlias(d -> d.index(name).name(index.buildingAlias(prefix())));
            } else {
                search.es().indices().delete(d -> d.index(name).ignoreUnavailable(true));
                LOG.infof("Dropped %s, left by an unfinished rebuild", name);
            }
        }
        forget();
    }

    /** What stands behind one alias, for the admin page. */
    /**
     * An index as admins see it: the concrete index serving searches, whether it is current, any
     * rebuild under way, how many documents it holds and Elasticsearch's health for it
     * ({@code green}, {@code yellow}: served but without a replica, {@code red}: not served).
     */
    public record Status(String alias, String live, boolean current, List<String> building, long documents, String health) {
    }

    public List<Status> status() {
        return definitions().stream().map(index -> {
            var standing = standing(index);
            var live = standing.live();
            return new Status(index.alias(prefix()), live.orElse(null), standing.liveCurrent(), standing.building(),
                    live.map(this::documents).orElse(0L), live.map(this::health).orElse("missing"));
        }).toList();
    }

    private long documents(String index) {
        try {
            return search.es().count(c -> c.index(index)).count();
        } catch (IOException | ElasticsearchException e) {
            return 0;
        }
    }

    private String health(String index) {
        try {
            return search.es().cluster().health(h -> h.index(index)).status().jsonValue();
        } catch (IOException | ElasticsearchException e) {
            return "unknown";
        }
    }

    // ---- rebuilding -----------------------------------------------------------------------

    /**
     * Creates an empty index for a rebuild, set up for bulk loading, behind the building alias
     * (any earlier, abandoned attempt is deleted first). Answers its name.
     */
    public String createBuilding(IndexDefinition index) throws IOException {
        var es = search.es();
        abandon(index);
        var name = index.newIndexName(prefix(), clock.instant());
        var body = definition(index);
        ((ObjectNode) body.get("settings")).put("refresh_interval", "-1");
        es.indices().create(c -> c.index(name).withJson(new StringReader(body.toString()))
                .aliases(index.buildingAlias(prefix()), a -> a));
        forget();
        LOG.infof("Rebuilding %s into %s", index.alias(prefix()), name);
        return name;
    }

    /** The rebuilt index replaces the live one in a single alias change; searches never see a gap. */
    public void promote(IndexDefinition index, String rebuilt) throws IOException {
        var es = search.es();
        es.indices().putSettings(s -> s.index(rebuilt).settings(i -> i.refreshInterval(t -> t.time("1s"))));
        es.indices().refresh(r -> r.index(rebuilt));
        var old = standing(index).live();
        es.indices().updateAliases(u -> {
            old.ifPresent(o -> u.actions(a -> a.remove(r -> r.index(o).alias(index.alias(prefix())))));
            return u.actions(a -> a.add(ad -> ad.index(rebuilt).alias(index.alias(prefix())).isWriteIndex(true)));
        });
        forget();
        LOG.infof("%s now reads %s", index.alias(prefix()), rebuilt);
    }

    /** After every node has seen the swap: the rebuilt index stops being "building" and older ones go. */
    public void retire(IndexDefinition index, String rebuilt) throws IOException {
        var es = search.es();
        es.indices().deleteAlias(d -> d.index(rebuilt).name(index.buildingAlias(prefix())));
        var all = es.indices().get(g -> g.index(index.alias(prefix()) + "-v*").ignoreUnavailable(true).allowNoIndices(true));
        for (var name : all.result().keySet()) {
            if (!name.equals(rebuilt) && index.owns(prefix(), name)) {
                es.indices().delete(d -> d.index(name));
            }
        }
        forget();
    }

    /** Makes the next question re-read Elasticsearch (after this node changed its indices). */
    public void forget() {
        readAt = Instant.EPOCH;
    }

    // ---- reading what Elasticsearch holds -------------------------------------------------

    private Standing standing(IndexDefinition index) {
        try {
            return standings().getOrDefault(index.alias(prefix()), new Standing(Optional.empty(), false, List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Standing> standings() throws IOException {
        return standings(false);
    }

    /** What stands behind the aliases: at most {@link #FRESHNESS} old, or read now when {@code fresh}. */
    private Map<String, Standing> standings(boolean fresh) throws IOException {
        var now = clock.instant();
        if (fresh || standings == null || readAt.plus(FRESHNESS).isBefore(now)) {
            synchronized (this) {
                if (fresh || standings == null || readAt.plus(FRESHNESS).isBefore(now)) {
                    standings = read();
                    readAt = now;
                }
            }
        }
        return standings;
    }

    private Map<String, Standing> read() throws IOException {
        var found = search.es().indices().get(g -> g.index(prefix() + "-*").ignoreUnavailable(true).allowNoIndices(true))
                .result();
        var result = new HashMap<String, Standing>();
        for (var index : definitions()) {
            String live = null;
            var building = new ArrayList<String>();
            for (var entry : found.entrySet()) {
                var aliases = entry.getValue().aliases();
                if (aliases.containsKey(index.alias(prefix()))) {
                    live = entry.getKey();
                }
                if (aliases.containsKey(index.buildingAlias(prefix()))) {
                    building.add(entry.getKey());
                }
            }
            boolean current = live != null && current(index, live, found.get(live));
            result.put(index.alias(prefix()), new Standing(Optional.ofNullable(live), current, building));
        }
        return result;
    }

    private boolean current(IndexDefinition index, String name, IndexState state) {
        var meta = state.mappings() == null ? Map.<String, JsonData>of() : state.mappings().meta();
        var database = meta.get("database");
        return index.versionOf(prefix(), name) == index.version() && database != null
                && installation.id().equals(database.to(String.class));
    }

    /**
     * Whether the cluster has the language analysers (the {@code analysis-common} module, in every
     * production distribution but not in the integration-test one). Indices whose settings name a
     * {@code prose} analyser get English stemming where it is offered and the standard analyser
     * where it is not; the choice is made when an index is created and recorded in its {@code _meta}.
     */
    boolean stemmingOffered() {
        try {
            var tokens = search.es().indices().analyze(a -> a.analyzer("english").text("deployments")).tokens();
            return !tokens.isEmpty() && "deploy".equals(tokens.get(0).token());
        } catch (IOException | ElasticsearchException e) {
            return false;
        }
    }

    /** The index's settings and mappings from its resource, with this installation's identity in {@code _meta}. */
    private ObjectNode definition(IndexDefinition index) throws IOException {
        try (var in = getClass().getResourceAsStream(index.mapping())) {
            if (in == null) {
                throw new IOException("Missing index definition " + index.mapping());
            }
            var body = (ObjectNode) JSON.readTree(in);
            var meta = ((ObjectNode) body.get("mappings")).putObject("_meta");
            meta.put("database", installation.id());
            meta.put("mappingVersion", index.version());
            var prose = body.at("/settings/analysis/analyzer/prose");
            if (prose instanceof ObjectNode analyzer) {
                var language = stemmingOffered() ? "english" : "standard";
                analyzer.put("type", language);
                meta.put("prose", language);
            }
            return body;
        }
    }
}
