#!/usr/bin/env python3
"""Scores Guildhall's expert search and hidden-talent view against the planted truth, next to baselines.

    python3 bench/expertise/evaluate.py --truth DIR/truth.json --base URL \\
        --token-employee TOKEN --token-hr TOKEN [--out RESULTS.md]
    python3 bench/expertise/evaluate.py --truth DIR/truth.json --baselines-only

For every skill of DIR/truth.json (written by generate.py) it asks
  GET {base}/api/v1/experts?skill=NAME&size=10        as an employee (expert search)
  GET {base}/api/v1/talent/hidden?skill=NAME&size=10  as HR (the hidden-talent view)
each answering {"items": [{"username": ...}, ...], "total": N, "page": 1, "size": 10}, and computes the
same metrics for two baselines built here from DIR/content.jsonl (the very data that was imported):
  declared only   people who declared the skill, by level (highest first), then username;
  name counting   people by how often the skill's name or an alias occurs, as a whole word and ignoring
                  case, in their post titles, post bodies and comments, plus their posts' tags that are
                  the name or an alias; ties by username, people with no mention left out.
The hidden-talent variants keep only opted-in people (talentDiscovery) outside the skill's home
department.

Metrics, binary relevance, macro-averaged over skills:
  P@5        relevant people in the top 5 / min(5, relevant people), so a perfect ranking scores 1 even
             when fewer than 5 people are relevant (the hidden-talent view has 3-4 per skill);
  nDCG@10    with log2 discounts, against the ideal ranking of the relevant people;
  hidden-talent recall@10  the skill's opted-in hidden talents (planted experts outside the home
             department with talent discovery on) found in the top 10.
Relevant people: the skill's planted experts for expert search, its opted-in hidden talents for the
hidden-talent view. Targets: P@5 >= 0.8 (expert search) and hidden-talent recall@10 >= 0.8 (hidden-talent
view). Exits 0 whatever the scores (failed requests count as empty answers and are listed).
"""
import argparse
import collections
import json
import math
import os
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

TARGET_P5 = 0.8
TARGET_RECALL = 0.8
K = 10


# ------------------------------------------------------------------------------------------------ data

def load(truth_path, content_path):
    with open(truth_path, encoding="utf-8") as f:
        truth = json.load(f)
    people = {}                                   # username -> person record
    by_id = {}                                    # person id -> username
    texts = collections.defaultdict(list)        # username -> titles, bodies and comments
    tags = collections.defaultdict(list)         # username -> their posts' tags
    with open(content_path, encoding="utf-8") as f:
        header = json.loads(f.readline())
        if header.get("format") != "guildhall-content":
            sys.exit(f"{content_path}: not a Guildhall content file")
        for line in f:
            r = json.loads(line)
            kind = r.get("type")
            if kind == "person":
                people[r["username"]] = r
                by_id[r["id"]] = r["username"]
            elif kind == "post":
                u = by_id[r["author"]]
                texts[u] += [r["title"], r["body"]]
                tags[u] += r.get("tags", [])
            elif kind == "comment":
                texts[by_id[r["author"]]].append(r["body"])
    return truth, people, texts, tags


def slug(text):
    return re.sub(r"[\s_]+", "-", text.strip().lower())


# ------------------------------------------------------------------------------------------------ baselines

def declared_ranking(skill, people):
    levels = [(max(d["level"] for d in p.get("skills", []) if d["skill"] == skill["name"]), u)
              for u, p in people.items() if any(d["skill"] == skill["name"] for d in p.get("skills", []))]
    return [u for _, u in sorted(levels, key=lambda x: (-x[0], x[1]))]


def name_count_ranking(skill, texts, tags):
    names = [skill["name"]] + skill.get("aliases", [])
    # Whole words: no letter, digit or underscore on either side ("S&OP", "React.js" included as written).
    rx = re.compile("|".join(r"(?<!\w)" + re.escape(n).replace(r"\ ", r"\s+") + r"(?!\w)" for n in names),
                    re.IGNORECASE)
    keys = {slug(n) for n in names}
    counts = {}
    for u in set(texts) | set(tags):
        n = sum(len(rx.findall(t)) for t in texts.get(u, [])) + sum(1 for t in tags.get(u, []) if slug(t) in keys)
        if n:
            counts[u] = n
    return [u for u, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]


def hidden_only(ranking, skill, people):
    """The hidden-talent variant of a baseline: opted-in people outside the skill's home department."""
    return [u for u in ranking
            if people[u].get("department") != skill["homeDepartment"] and people[u].get("talentDiscovery", True)]


# ------------------------------------------------------------------------------------------------ Guildhall

class Client:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.errors = []
        self.millis = []

    def ranking(self, path, skill, token):
        url = f"{self.base}{path}?" + urllib.parse.urlencode({"skill": skill, "size": K})
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
        for attempt in (1, 2):  # one retry, for a connection hiccup or a 5xx
            started = time.monotonic()
            try:
                with urllib.request.urlopen(req, timeout=30) as resp:
                    data = json.load(resp)
                self.millis.append((time.monotonic() - started) * 1000)
                return usernames(data)
            except urllib.error.HTTPError as e:
                body = e.read().decode("utf-8", "replace")[:200].replace("\n", " ")
                error = f"{path} {skill!r}: HTTP {e.code} {body}"
                if e.code < 500:
                    break
            except (urllib.error.URLError, OSError, ValueError) as e:
                error = f"{path} {skill!r}: {e}"
            if attempt == 1:
                time.sleep(1)
        self.errors.append(error)
        return []


def usernames(data):
    """Usernames of an answer's items, in order, once each ({"username"} or {"person": {"username"}})."""
    out = []
    for item in data.get("items", []) if isinstance(data, dict) else []:
        u = item.get("username") or (item.get("person") or {}).get("username")
        if u and u not in out:
            out.append(u)
    return out


# ------------------------------------------------------------------------------------------------ metrics

def precision_at_5(ranked, relevant):
    if not relevant:
        return None
    return sum(1 for u in ranked[:5] if u in relevant) / min(5, len(relevant))


def ndcg_at_10(ranked, relevant):
    if not relevant:
        return None
    dcg = sum(1 / math.log2(i + 2) for i, u in enumerate(ranked[:K]) if u in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(K, len(relevant))))
    return dcg / ideal


def recall_at_10(ranked, relevant):
    if not relevant:
        return None
    return sum(1 for u in ranked[:K] if u in relevant) / len(relevant)


def scores(ranked, relevant, hidden):
    return {"p5": precision_at_5(ranked, relevant), "ndcg": ndcg_at_10(ranked, relevant),
            "recall": recall_at_10(ranked, hidden)}


def macro(per_skill, metric):
    values = [s[metric] for s in per_skill if s[metric] is not None]
    return sum(values) / len(values) if values else None


def fmt(x):
    return "-" if x is None else f"{x:.2f}"


# ------------------------------------------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--truth", required=True, help="truth.json written by generate.py")
    ap.add_argument("--content", help="the imported content.jsonl (default: next to truth.json)")
    ap.add_argument("--base", default=os.environ.get("GUILDHALL_BENCH_URL", "http://localhost:8080"))
    ap.add_argument("--token-employee", help="token of an employee, for expert search")
    ap.add_argument("--token-hr", help="token of an HR user, for the hidden-talent view")
    ap.add_argument("--out", help="also write the Markdown report here")
    ap.add_argument("--baselines-only", action="store_true", help="no HTTP: only the baselines")
    a = ap.parse_args()
    if not a.baselines_only and not (a.token_employee and a.token_hr):
        ap.error("--token-employee and --token-hr are required (or --baselines-only)")
    content = a.content or os.path.join(os.path.dirname(os.path.abspath(a.truth)), "content.jsonl")
    truth, people, texts, tags = load(a.truth, content)
    client = None if a.baselines_only else Client(a.base)

    methods = []  # (label, is_hidden_view, ranking function)
    if client:
        methods.append(("Guildhall expert search", False,
                        lambda s: client.ranking("/api/v1/experts", s["name"], a.token_employee)))
    methods += [("declared-only baseline", False, lambda s: declared_ranking(s, people)),
                ("name-count baseline", False, lambda s: name_count_ranking(s, texts, tags))]
    if client:
        methods.append(("Guildhall hidden-talent view", True,
                        lambda s: client.ranking("/api/v1/talent/hidden", s["name"], a.token_hr)))
    methods += [("declared-only hidden baseline", True, lambda s: hidden_only(declared_ranking(s, people), s, people)),
                ("name-count hidden baseline", True,
                 lambda s: hidden_only(name_count_ranking(s, texts, tags), s, people))]

    opted_out = {u for u, p in people.items() if not p.get("talentDiscovery", True)}
    results = collections.OrderedDict()   # label -> per-skill score dicts
    rankings = collections.defaultdict(dict)
    for label, hidden_view, rank in methods:
        results[label] = []
        for s in truth["skills"]:
            ranked = rank(s)[:K]
            rankings[label][s["name"]] = ranked
            hidden = set(s["hiddenTalentsOptedIn"])
            relevant = hidden if hidden_view else set(s["experts"])
            results[label].append(dict(skill=s["name"], **scores(ranked, relevant, hidden)))

    c = truth.get("counts", {})
    lines = [
        "# Expertise quality",
        "",
        f"Synthetic organisation `{truth.get('source')}` (seed {truth.get('seed')}): {c.get('people')} people, "
        f"{len(truth['skills'])} skills with 10 planted experts each (4 outside the home department), "
        f"{c.get('posts')} posts, {c.get('comments')} comments, {c.get('thanks')} thanks, "
        f"{len(truth.get('generalists', []))} generalists. "
        + ("Baselines only (no requests sent)." if not client else f"Guildhall at {a.base}."),
        "",
        "P@5 = relevant in the top 5 / min(5, relevant); relevant = planted experts for expert search, opted-in "
        "hidden talents for the hidden-talent view. Hidden-talent recall@10 = opted-in hidden talents in the "
        "top 10. Macro-averaged over skills.",
        "",
        "| method | P@5 | nDCG@10 | hidden-talent recall@10 |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, per_skill in results.items():
        lines.append(f"| {label} | {fmt(macro(per_skill, 'p5'))} | {fmt(macro(per_skill, 'ndcg'))} "
                     f"| {fmt(macro(per_skill, 'recall'))} |")

    if client:
        # Per skill, to spot the weak ones; plus what the hidden-talent view must never do.
        per_skill = ["", "## Guildhall per skill", "",
                     "| skill | expert P@5 | expert nDCG@10 | expert HT recall@10 | hidden P@5 | hidden nDCG@10 "
                     "| hidden HT recall@10 | hidden talents missed | opted-out shown | home dept shown |",
                     "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |"]
        leaks_total = 0
        for i, s in enumerate(truth["skills"]):
            e = results["Guildhall expert search"][i]
            h = results["Guildhall hidden-talent view"][i]
            shown = rankings["Guildhall hidden-talent view"][s["name"]]
            missed = [u for u in s["hiddenTalentsOptedIn"] if u not in shown]
            leaks = [u for u in shown if u in opted_out]
            home = [u for u in shown if u in people and people[u].get("department") == s["homeDepartment"]]
            leaks_total += len(leaks)
            per_skill.append(f"| {s['name']} | {fmt(e['p5'])} | {fmt(e['ndcg'])} | {fmt(e['recall'])} "
                             f"| {fmt(h['p5'])} | {fmt(h['ndcg'])} | {fmt(h['recall'])} | {', '.join(missed) or '-'} "
                             f"| {len(leaks)} | {len(home)} |")

        p5 = macro(results["Guildhall expert search"], "p5")
        recall = macro(results["Guildhall hidden-talent view"], "recall")
        lines += ["", "Targets:",
                  f"- expert search P@5 {fmt(p5)} (target {TARGET_P5}): "
                  + ("met" if p5 is not None and p5 >= TARGET_P5 else "NOT met"),
                  f"- hidden-talent view recall@10 {fmt(recall)} (target {TARGET_RECALL}): "
                  + ("met" if recall is not None and recall >= TARGET_RECALL else "NOT met"),
                  f"- opted-out people shown by the hidden-talent view: {leaks_total} (must be 0)"]
        if client.errors:
            lines.append(f"- {len(client.errors)} of {len(client.errors) + len(client.millis)} requests failed "
                         "(counted as empty answers; listed below)")
        lines += per_skill
        if client.millis:
            lines += ["", f"Requests: {len(client.millis)} answered, median {statistics.median(client.millis):.0f} ms, "
                          f"slowest {max(client.millis):.0f} ms."]
        if client.errors:
            lines += ["", f"## Failed requests ({len(client.errors)})", ""]
            lines += [f"- {e}" for e in client.errors[:20]]

    report = "\n".join(lines) + "\n"
    print(report, end="")
    if a.out:
        os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
