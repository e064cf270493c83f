package org.guildhall.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Everyone's ties and memberships in compact arrays, for finding the shortest chains of people
 * between two persons. People are linked by ties (weighted by kind and recency) and by belonging
 * to the same network (weighted by how small the network is: sharing a ten-person network says
 * more than sharing a company-wide one). Which networks count is the caller's: a chain never
 * passes through a tie or network the viewer may not read. People who left are never intermediaries.
 */
public final class PersonGraph {

    /** The weight of sharing a network of {@code members} people: 1 up to 20 members, less beyond. */
    static double coMembership(int members) {
        return Math.min(1.0, 20.0 / Math.max(1, members));
    }

    /** A chain of person ids from the first to the last, and its weakest link's weight. */
    public record Chain(List<Long> people, double weakest) {
    }

    /** Builds a graph from person ids, ties and memberships given as ids. */
    public static final class Builder {
        private final Map<Long, Integer> people = new HashMap<>();
        private final List<Long> ids = new ArrayList<>();
        private final List<Boolean> left = new ArrayList<>();
        private final Map<Long, Integer> networks = new HashMap<>();
        private final List<Long> networkIds = new ArrayList<>();
        private int[] tieA = new int[1024], tieB = new int[1024], tieNet = new int[1024];
        private float[] tieW = new float[1024];
        private int ties;
        private int[] memNet = new int[1024], memPerson = new int[1024];
        private int members;

        public Builder person(long id, boolean hasLeft) {
            people.computeIfAbsent(id, k -> {
                ids.add(k);
                left.add(hasLeft);
                return ids.size() - 1;
            });
            return this;
        }

        /** A tie between two people (either direction), in a network or company-wide ({@code network} null). */
        public Builder tie(long a, long b, Long network, double weight) {
            Integer ia = people.get(a), ib = people.get(b);
            if (ia == null || ib == null || ia.equals(ib)) {
                return this;
            }
            if (ties == tieA.length) {
                tieA = Arrays.copyOf(tieA, ties * 2);
                tieB = Arrays.copyOf(tieB, ties * 2);
                tieNet = Arrays.copyOf(tieNet, ties * 2);
                tieW = Arrays.copyOf(tieW, ties * 2);
            }
            tieA[ties] = ia;
            tieB[ties] = ib;
            tieNet[ties] = network == null ? -1 : network(network);
            tieW[ties] = (float) weight;
            ties++;
            return this;
        }

        public Builder member(long network, long person) {
            Integer p = people.get(person);
            if (p == null) {
                return this;
            }
            if (members == memNet.length) {
                memNet = Arrays.copyOf(memNet, members * 2);
                memPerson = Arrays.copyOf(memPerson, members * 2);
            }
            memNet[members] = network(network);
            memPerson[members] = p;
            members++;
            return this;
        }

        private int network(long id) {
            return networks.computeIfAbsent(id, k -> {
                networkIds.add(k);
                return networkIds.size() - 1;
            });
        }

        public PersonGraph build() {
            return new PersonGraph(this);
        }
    }

    private final Map<Long, Integer> index;
    private final long[] ids;
    private final boolean[] left;
    private final Map<Long, Integer> networkIndex;
    private final long[] networkIds;
    // ties per person (both directions): other end, network (-1 company-wide), weight
    private final int[] tieStart, tieOther, tieNet;
    private final float[] tieWeight;
    // memberships: networks per person, members per network
    private final int[] netsStart, nets, membersStart, members;

    private PersonGraph(Builder b) {
        index = Map.copyOf(b.people);
        ids = b.ids.stream().mapToLong(Long::longValue).toArray();
        left = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            left[i] = b.left.get(i);
        }
        networkIndex = Map.copyOf(b.networks);
        networkIds = b.networkIds.stream().mapToLong(Long::longValue).toArray();
        int n = ids.length;
        tieStart = new int[n + 1];
        for (int i = 0; i < b.ties; i++) {
            tieStart[b.tieA[i] + 1]++;
            tieStart[b.tieB[i] + 1]++;
        }
        prefix(tieStart);
        tieOther = new int[b.ties * 2];
        tieNet = new int[b.ties * 2];
        tieWeight = new float[b.ties * 2];
        int[] fill = Arrays.copyOf(tieStart, n);
        for (int i = 0; i < b.ties; i++) {
            put(fill, b.tieA[i], b.tieB[i], b.tieNet[i], b.tieW[i]);
            put(fill, b.tieB[i], b.tieA[i], b.tieNet[i], b.tieW[i]);
        }
        netsStart = new int[n + 1];
        membersStart = new int[networkIds.length + 1];
        for (int i = 0; i < b.members; i++) {
            netsStart[b.memPerson[i] + 1]++;
            membersStart[b.memNet[i] + 1]++;
        }
        prefix(netsStart);
        prefix(membersStart);
        nets = new int[b.members];
        members = new int[b.members];
        int[] nf = Arrays.copyOf(netsStart, n);
        int[] mf = Arrays.copyOf(membersStart, networkIds.length);
        for (int i = 0; i < b.members; i++) {
            nets[nf[b.memPerson[i]]++] = b.memNet[i];
            members[mf[b.memNet[i]]++] = b.memPerson[i];
        }
    }

    private void put(int[] fill, int from, int to, int net, float weight) {
        int at = fill[from]++;
        tieOther[at] = to;
        tieNet[at] = net;
        tieWeight[at] = weight;
    }

    private static void prefix(int[] counts) {
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
    }

    public int people() {
        return ids.length;
    }

    /** Which networks count for a viewer, by their index here. */
    public IntPredicate readable(java.util.Set<Long> readableNetworks, boolean companyWide) {
        var allowed = new java.util.BitSet(networkIds.length);
        for (int i = 0; i < networkIds.length; i++) {
            if (readableNetworks.contains(networkIds[i])) {
                allowed.set(i);
            }
        }
        return net -> net < 0 ? companyWide : allowed.get(net);
    }

    /**
     * The shortest chains from one person to another through what {@code readable} admits, at most
     * {@code maxLinks} links long: up to {@code limit} chains with different people just before the
     * end, each the one whose weakest link is strongest. Empty when there is none.
     */
    public List<Chain> chains(long from, long to, IntPredicate readable, int maxLinks, int limit) {
        Integer s = index.get(from), t = index.get(to);
        if (s == null || t == null || s.equals(t)) {
            return List.of();
        }
        int[] fromS = distances(s, t, readable, maxLinks);
        int links = fromS[t];
        if (links < 0) {
            return List.of();
        }
        int[] fromT = distances(t, s, readable, links);
        boolean[] onPath = new boolean[ids.length];
        for (int i = 0; i < ids.length; i++) {
            onPath[i] = fromS[i] >= 0 && fromT[i] >= 0 && fromS[i] + fromT[i] == links && (!left[i] || i == s || i == t);
        }
        double[] best = new double[ids.length];
        int[] parent = new int[ids.length];
        Arrays.fill(parent, -1);
        best[s] = Double.MAX_VALUE;
        List<Integer> layer = List.of(s);
        for (int k = 1; k < links; k++) {
            var next = new ArrayList<Integer>();
            for (int u : layer) {
                for (var e : neighbours(u, readable, v -> onPath[v] && fromS[v] == fromS[u] + 1).entrySet()) {
                    int v = e.getKey();
                    double w = Math.min(best[u], e.getValue());
                    if (parent[v] < 0) {
                        next.add(v);
                    }
                    if (parent[v] < 0 || w > best[v]) {
                        best[v] = w;
                        parent[v] = u;
                    }
                }
            }
            layer = next;
        }
        var last = new ArrayList<Map.Entry<Integer, Double>>();
        for (int u : layer) {
            Double w = neighbours(u, readable, v -> v == t).get(t);
            if (w != null) {
                last.add(Map.entry(u, Math.min(best[u], w)));
            }
        }
        last.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()));
        var chains = new ArrayList<Chain>();
        for (var end : last.subList(0, Math.min(limit, last.size()))) {
            var people = new ArrayList<Long>();
            people.add(ids[t]);
            for (int v = end.getKey(); v >= 0; v = v == s ? -1 : parent[v]) {
                people.add(ids[v]);
            }
            java.util.Collections.reverse(people);
            chains.add(new Chain(List.copyOf(people), end.getValue()));
        }
        return chains;
    }

    /** Breadth-first distances in links from {@code s}, up to {@code max}, stopping at the layer that reaches {@code goal}. */
    private int[] distances(int s, int goal, IntPredicate readable, int max) {
        int[] dist = new int[ids.length];
        Arrays.fill(dist, -1);
        boolean[] netSeen = new boolean[networkIds.length];
        dist[s] = 0;
        var queue = new ArrayDeque<Integer>();
        queue.add(s);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            if (dist[u] >= max || dist[goal] >= 0 && dist[u] >= dist[goal]) {
                continue;
            }
            if (u != s && left[u]) {
                continue;
            }
            for (int i = tieStart[u]; i < tieStart[u + 1]; i++) {
                if (readable.test(tieNet[i]) && dist[tieOther[i]] < 0) {
                    dist[tieOther[i]] = dist[u] + 1;
                    queue.add(tieOther[i]);
                }
            }
            for (int i = netsStart[u]; i < netsStart[u + 1]; i++) {
                int net = nets[i];
                if (netSeen[net] || !readable.test(net)) {
                    continue;
                }
                netSeen[net] = true;
                for (int j = membersStart[net]; j < membersStart[net + 1]; j++) {
                    if (dist[members[j]] < 0) {
                        dist[members[j]] = dist[u] + 1;
                        queue.add(members[j]);
                    }
                }
            }
        }
        return dist;
    }

    /** The people next to {@code u} that {@code wanted} accepts, with the weight of the link (ties summed, best shared network added). */
    private Map<Integer, Double> neighbours(int u, IntPredicate readable, IntPredicate wanted) {
        var ties = new HashMap<Integer, Double>();
        var shared = new HashMap<Integer, Double>();
        for (int i = tieStart[u]; i < tieStart[u + 1]; i++) {
            if (readable.test(tieNet[i]) && wanted.test(tieOther[i])) {
                ties.merge(tieOther[i], (double) tieWeight[i], Double::sum);
            }
        }
        for (int i = netsStart[u]; i < netsStart[u + 1]; i++) {
            int net = nets[i];
            if (!readable.test(net)) {
                continue;
            }
            double w = coMembership(membersStart[net + 1] - membersStart[net]);
            for (int j = membersStart[net]; j < membersStart[net + 1]; j++) {
                int v = members[j];
                if (v != u && wanted.test(v)) {
                    shared.merge(v, w, Math::max);
                }
            }
        }
        shared.forEach((v, w) -> ties.merge(v, w, Double::sum));
        return ties;
    }
}
