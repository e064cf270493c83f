package org.guildhall.search;

import java.io.IOException;
import java.util.Locale;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.RestClient;

/** The application's single Elasticsearch client (thread-safe, pooled connections). */
@ApplicationScoped
public class SearchClient {

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final RestClientTransport transport;
    private final String indexPrefix;

    @Inject
    SearchClient(@ConfigProperty(name = "guildhall.es.url", defaultValue = "http://127.0.0.1:9200") String url,
                 @ConfigProperty(name = "guildhall.es.index-prefix", defaultValue = "guildhall") String indexPrefix) {
        this.indexPrefix = indexPrefix.strip().toLowerCase(Locale.ROOT);
        var restClient = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config.setConnectTimeout(2_000).setSocketTimeout(10_000))
                .build();
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.transport = new RestClientTransport(restClient, new JacksonJsonpMapper(mapper));
        this.client = new ElasticsearchClient(transport);
        this.async = new ElasticsearchAsyncClient(transport);
    }

    /** For CDI's proxy only. */
    protected SearchClient() {
        this.client = null;
        this.async = null;
        this.transport = null;
        this.indexPrefix = null;
    }

    /** What every index and alias of this installation is called after ({@code GUILDHALL_ES_INDEX_PREFIX}). */
    public String indexPrefix() {
        return indexPrefix;
    }

    public ElasticsearchClient es() {
        return client;
    }

    /** The same client, answering with futures (a rebuild overlaps reading the database with indexing). */
    public ElasticsearchAsyncClient async() {
        return async;
    }

    /**
     * Elasticsearch answers. A red index of someone else's on a shared cluster does not stop
     * Guildhall; its own indices' state decides searches (see {@link Indices}) and failed writes
     * are retried.
     */
    public boolean available() {
        try {
            client.cluster().health(h -> h.timeout(t -> t.time("2s")));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @PreDestroy
    void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // shutting down: nothing left to do with a failed close
        }
    }
}
