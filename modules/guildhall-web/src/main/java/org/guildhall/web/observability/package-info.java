/**
 * What operators watch: a request id on every request (in the logs, the access log and the
 * response), request times per route, and gauges of background work, all scraped by Prometheus
 * from WildFly's Micrometer registry at the management interface's {@code /metrics}.
 */
package org.guildhall.web.observability;
