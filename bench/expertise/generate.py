#!/usr/bin/env python3
"""Synthetic organisation with planted experts, for the expertise-quality benchmark.

    python3 bench/expertise/generate.py --out DIR [--seed 7] [--now 2026-11-01T00:00:00Z]

Writes, in the formats of docs/import.md (import the CSV first, then the content):
  DIR/hr-directory.csv  the HR directory: about 1,500 people in 10 departments, one title family each
  DIR/content.jsonl     content format v1: header, skills, persons (with declared skills and the
                        talent-discovery opt-in), networks, members, then every post followed by its
                        thanks, its comments and their thanks (a record only refers to earlier records)
  DIR/truth.json        the planted ground truth, per skill (read by evaluate.py)

The organisation, per skill (24 skills, each with a home department):
  - 10 planted experts: 6 in the home department, 4 elsewhere (the hidden talents). Exactly half of
    them declare the skill (3 of the 6, 2 of the 4, at level 3-4); the others never do. They write
    4-8 contributions in the skill's jargon (3-6 terms each, drawn mostly from a personal favourite
    subset, so terms repeat across one expert's writing), name the skill itself in at most a quarter
    of them, and are thanked more often than anyone else.
  - 5 pretenders who declare the skill (level 2-4, mostly 3-4) and write only generic content:
    3 in the home department (people over-claim their own field), 2 elsewhere.
  - 6 learners who ask one or two beginner questions using a jargon term or two ("Can someone explain
    helm chart in plain words?"): the jargon alone does not make an expert.
Across skills, 40 generalists write 15-30 short posts loudly naming skills (often as tags) without
any of the jargon, and everyone else writes a few generic posts and comments, with a little department
flavour, the odd incidental mention of a skill's name ("we are hiring for React") and the verb "react".
Opt-in: about 10% of the other people turn talent discovery off, and so does one hidden talent of
every third skill (evaluate.py checks that the hidden-talent view never shows them; recall counts
only opted-in hidden talents).

Deterministic: one random.Random(seed); no set or hash order reaches a random choice or the output,
and "now" is fixed (--now), so the same seed always gives the same bytes.
"""
import argparse
import csv
import datetime as dt
import json
import os
import random
import re

SOURCE = "expertise-bench"
EMAIL_DOMAIN = "expertise.example"
COMPANY = "Larkspur"  # prefixes network names so they never collide with the demo's or the seed's

# ------------------------------------------------------------------------------------------------ organisation

# key, name, size, individual titles, team-lead title, head title. Each department is one title family.
DEPARTMENTS = [
    ("eng", "Engineering", 300,
     ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Platform Engineer", "Frontend Engineer",
      "Backend Engineer"], "Engineering Manager", "VP Engineering"),
    ("sec", "Security", 60,
     ["Security Engineer", "Security Analyst", "Application Security Engineer", "Security Architect"],
     "Security Lead", "Chief Information Security Officer"),
    ("data", "Data & Analytics", 110,
     ["Data Scientist", "Data Analyst", "Analytics Engineer", "BI Developer", "Senior Data Scientist"],
     "Data Science Lead", "Head of Data"),
    ("design", "Product & Design", 130,
     ["Product Designer", "UX Researcher", "Product Manager", "Content Designer", "Interaction Designer"],
     "Design Lead", "VP Product"),
    ("marketing", "Marketing", 130,
     ["Marketing Manager", "Content Marketer", "Brand Manager", "Growth Marketer", "Communications Specialist"],
     "Marketing Lead", "Chief Marketing Officer"),
    ("sales", "Sales", 260,
     ["Account Executive", "Sales Development Representative", "Account Manager", "Sales Operations Analyst",
      "Solutions Consultant"], "Sales Manager", "VP Sales"),
    ("finance", "Finance", 110,
     ["Financial Analyst", "Accountant", "Tax Specialist", "FP&A Analyst", "Controller"],
     "Finance Manager", "Chief Financial Officer"),
    ("legal", "Legal", 60,
     ["Legal Counsel", "Paralegal", "Privacy Counsel", "Contracts Manager", "Compliance Officer"],
     "Senior Counsel", "General Counsel"),
    ("people", "People", 90,
     ["Recruiter", "HR Business Partner", "People Operations Specialist", "Learning Specialist",
      "Compensation Analyst"], "People Lead", "Chief People Officer"),
    ("ops", "Operations", 250,
     ["Operations Manager", "Supply Chain Planner", "Buyer", "Logistics Coordinator", "Quality Engineer",
      "Facilities Coordinator"], "Operations Lead", "Chief Operating Officer"),
]
DEPT_NAME = {d[0]: d[1] for d in DEPARTMENTS}

# Department flavour for generic writing: everyday work words, none of them a skill's jargon.
DEPT_WORDS = {
    "eng": ["code review", "sprint demo", "tech debt", "backlog grooming", "pull request", "architecture review",
            "hackathon", "build pipeline"],
    "sec": ["phishing drill", "access review", "security awareness week", "badge policy", "vendor questionnaire",
            "laptop refresh"],
    "data": ["data catalogue", "reporting refresh", "analytics office hours", "metrics review", "dashboard backlog",
             "data request queue"],
    "design": ["roadmap review", "design critique", "feature launch", "product demo", "discovery sprint",
               "design system update"],
    "marketing": ["campaign launch", "newsletter", "webinar series", "event booth", "content calendar",
                  "social media plan"],
    "sales": ["quarterly kickoff", "customer visits", "territory planning", "account plans", "trade show",
              "partner summit"],
    "finance": ["month-end close", "budget review", "expense reports", "audit preparation", "invoice backlog",
                "travel policy"],
    "legal": ["policy review", "legal intake form", "template library", "matter tracker", "board minutes",
              "training module"],
    "people": ["onboarding week", "engagement survey", "performance cycle", "benefits fair", "wellbeing week",
               "mentoring programme"],
    "ops": ["warehouse visit", "site safety walk", "shift handover", "fleet schedule", "facility upgrade",
            "loading dock"],
}

LOCATIONS = ["London", "Berlin", "Lisbon", "Amsterdam", "Dublin", "Warsaw", "Toronto", "Austin", "Singapore",
             "Sydney"]
LANGUAGES = ["German", "French", "Spanish", "Portuguese", "Polish", "Dutch", "Italian", "Mandarin", "Japanese",
             "Hindi"]
FIRST_NAMES = """Aisha Alan Alba Amara Anders Anika Arjun Astrid Bea Bruno Camille Carlos Chen Chiara Dara Dev
Diego Elif Elena Emeka Emil Esme Farah Felix Fiona Gabriel Greta Hamza Hana Hugo Ines Isaac Ivy Jamal Jana Jonas
Kai Kalinda Kenji Lars Leila Lena Liam Lucia Luca Maeve Malik Mara Mateo Maya Mei Milan Mina Nadia Nico Nina Noah
Olga Omar Oskar Paula Priya Rafael Rania Rosa Ruben Sami Sara Selin Sofia Tariq Theo Uma Vera Viktor Yara Yusuf
Zara Zoe""".split()
LAST_NAMES = """Abbott Adeyemi Alvarez Andersen Baker Bauer Becker Bianchi Brennan Castro Chowdhury Costa Dahl
Dubois Eriksen Fischer Fontaine Garcia Gupta Haddad Hansen Hoffmann Ibrahim Ivanova Jansen Kaur Keller Kim Kowalski
Larsen Laurent Lee Lindqvist Lopez Marino Martins Meyer Moreau Murphy Nakamura Navarro Nguyen Novak Okafor Olsen
Ortiz Patel Peters Quinn Rahman Reyes Rossi Sato Schmidt Silva Singh Sousa Tanaka Torres Varga Vogel Wagner Walsh
Weber Wong Yilmaz Young Zhang Ziegler""".split()

# ------------------------------------------------------------------------------------------------ skills

# name, home department, category, aliases, cross-department network its experts gather in, jargon.
# The jargon is what a significant-terms analysis over declarers' writing should learn: distinctive
# words and bigrams nobody else uses. The name and aliases are what the name-counting baseline counts.
SKILLS = [
    ("Machine Learning", "data", "Data", ["ML"], "data-curious",
     ["gradient descent", "overfitting", "feature engineering", "hyperparameter search", "cross-validation",
      "embeddings", "transformer model", "loss function", "regularisation", "training set", "inference latency",
      "precision-recall curve", "random forest", "backpropagation", "model drift"]),
    ("Kubernetes", "eng", "Engineering", ["k8s"], "tech-talk",
     ["pod", "kubelet", "helm chart", "ingress controller", "etcd", "daemonset", "custom operator",
      "namespace quota", "sidecar container", "kubectl", "node pool", "CrashLoopBackOff", "statefulset",
      "liveness probe", "service mesh"]),
    ("Tax Law", "finance", "Finance", ["taxation"], "business-craft",
     ["transfer pricing", "withholding tax", "permanent establishment", "VAT reverse charge",
      "double tax treaty", "tax nexus", "deferred tax asset", "arm's length principle", "capital allowances",
      "tax ruling", "BEPS", "thin capitalisation", "input VAT", "tax provision", "advance pricing agreement"]),
    ("Negotiation", "sales", "Business", ["negotiating"], "business-craft",
     ["BATNA", "ZOPA", "anchoring", "concession strategy", "walk-away point", "reservation price",
      "integrative bargaining", "logrolling", "counteroffer", "opening offer", "leverage points",
      "deadlock", "package deal", "mutual gains", "framing effect"]),
    ("Supply Chain Planning", "ops", "Operations", ["S&OP", "demand planning"], "business-craft",
     ["safety stock", "bullwhip effect", "reorder point", "MRP run", "demand sensing", "fill rate",
      "days of supply", "inventory turns", "EOQ", "lead time variability", "consensus forecast", "capacity plan",
      "allocation rules", "supply constraints", "forecast bias"]),
    ("UX Research", "design", "Design", ["user research"], "learning-guild",
     ["usability test", "affinity mapping", "think-aloud", "diary study", "card sorting", "proto-persona",
      "jobs to be done", "discussion guide", "interview synthesis", "tree testing", "participant screener",
      "task success rate", "journey map", "contextual inquiry", "SUS score"]),
    ("PostgreSQL", "eng", "Engineering", ["Postgres"], "tech-talk",
     ["autovacuum", "vacuum full", "WAL segments", "query planner", "EXPLAIN ANALYZE", "btree index",
      "GIN index", "pg_stat_statements", "connection pooling", "pgbouncer", "replication slot", "table bloat",
      "MVCC", "dead tuples", "hot standby"]),
    ("Data Visualisation", "data", "Data", ["data visualization", "dataviz"], "data-curious",
     ["chart junk", "small multiples", "colour palette", "choropleth", "scatterplot", "dashboard layout",
      "pre-attentive attributes", "axis scale", "sparkline", "Tufte", "data-ink ratio", "heatmap",
      "annotation layer", "encoding channel", "legend placement"]),
    ("Cryptography", "sec", "Security", ["crypto"], "tech-talk",
     ["elliptic curve", "AES-GCM", "nonce reuse", "key derivation", "HKDF", "side channel", "constant-time",
      "TLS handshake", "certificate pinning", "post-quantum", "key rotation", "HMAC", "forward secrecy",
      "entropy source", "ciphertext"]),
    ("Public Speaking", "marketing", "Communication", ["presenting"], "learning-guild",
     ["stage presence", "keynote", "slide deck", "storytelling arc", "vocal variety", "filler words",
      "rehearsal", "audience engagement", "opening hook", "Q&A session", "lectern", "speaker notes", "pacing",
      "stage fright", "closing line"]),
    ("Contract Law", "legal", "Legal", ["contracts"], "ask-anything",
     ["indemnity clause", "limitation of liability", "force majeure", "governing law",
      "termination for convenience", "consideration", "warranty claim", "breach of contract",
      "liquidated damages", "redline", "master services agreement", "assignment clause", "severability",
      "boilerplate", "material breach"]),
    ("Financial Modelling", "finance", "Finance", ["financial modeling"], "business-craft",
     ["DCF", "three-statement model", "WACC", "sensitivity table", "terminal value", "EBITDA bridge",
      "scenario analysis", "circular reference", "working capital", "NPV", "IRR", "cash flow waterfall",
      "driver-based forecast", "assumptions tab", "debt schedule"]),
    ("Recruiting", "people", "People", ["talent acquisition"], "learning-guild",
     ["sourcing strategy", "boolean search", "candidate pipeline", "structured interview", "interview scorecard",
      "offer acceptance rate", "time to hire", "intake meeting", "passive candidates", "referral bonus",
      "phone screen", "employer brand", "hiring debrief", "close plan", "candidate experience"]),
    ("Rust", "eng", "Engineering", ["rustlang"], "tech-talk",
     ["borrow checker", "lifetimes", "ownership model", "cargo", "crate", "trait object", "async runtime",
      "tokio", "unsafe block", "clippy", "Result type", "pattern matching", "zero-cost abstractions",
      "Arc<Mutex>", "serde"]),
    ("React", "eng", "Engineering", ["React.js", "ReactJS"], "tech-talk",
     ["useEffect", "custom hooks", "JSX", "component tree", "prop drilling", "state management", "Redux",
      "virtual DOM", "memoization", "server components", "re-render", "useState", "context provider", "Next.js",
      "hydration"]),
    ("Accessibility", "design", "Design", ["a11y"], "learning-guild",
     ["screen reader", "WCAG", "ARIA labels", "colour contrast", "keyboard navigation", "focus order",
      "alt text", "VoiceOver", "assistive technology", "skip link", "semantic HTML", "reduced motion",
      "captions", "axe audit", "accessible name"]),
    ("SEO", "marketing", "Marketing", ["search engine optimisation", "search engine optimization"], "business-craft",
     ["backlinks", "SERP", "keyword research", "canonical tag", "crawl budget", "meta description",
      "schema markup", "organic traffic", "XML sitemap", "core web vitals", "anchor text", "domain authority",
      "long-tail keywords", "indexation", "hreflang"]),
    ("Procurement", "ops", "Operations", ["purchasing"], "business-craft",
     ["RFP", "RFQ", "supplier scorecard", "purchase order", "spend analysis", "tail spend", "vendor onboarding",
      "category strategy", "framework agreement", "three-way match", "e-auction", "supplier risk",
      "savings tracking", "maverick spend", "should-cost model"]),
    ("Six Sigma", "ops", "Operations", ["Lean Six Sigma"], "business-craft",
     ["DMAIC", "control chart", "root cause analysis", "fishbone diagram", "process capability", "Cpk",
      "defects per million", "black belt", "kaizen", "value stream map", "pareto chart", "SIPOC",
      "process variation", "gemba walk", "poka-yoke"]),
    ("Technical Writing", "design", "Communication", ["tech writing"], "writers-room",
     ["style guide", "docs-as-code", "information architecture", "API reference", "task topic",
      "single sourcing", "DITA", "readability score", "release notes", "plain language", "content reuse",
      "docs review", "tutorial structure", "glossary", "Vale linter"]),
    ("Sales Forecasting", "sales", "Business", ["pipeline forecasting"], "business-craft",
     ["pipeline coverage", "weighted pipeline", "commit forecast", "best case", "win rate", "sales cycle length",
      "quota attainment", "deal slippage", "stage conversion", "forecast accuracy", "upside deals", "bookings",
      "run rate", "CRM hygiene", "close date"]),
    ("Brand Strategy", "marketing", "Marketing", ["branding"], "business-craft",
     ["brand positioning", "brand architecture", "tone of voice", "brand equity", "visual identity",
      "brand promise", "target audience", "brand pillars", "differentiation", "brand guidelines", "archetype",
      "perception study", "naming brief", "brand refresh", "value proposition"]),
    ("Incident Response", "sec", "Security", ["IR"], "tech-talk",
     ["runbook", "triage", "containment", "forensic image", "indicators of compromise", "SIEM alert",
      "tabletop exercise", "post-mortem", "chain of custody", "lateral movement", "eradication", "playbook",
      "on-call rotation", "severity level", "threat hunting"]),
    ("GDPR", "legal", "Legal", ["data protection"], "ask-anything",
     ["DPIA", "lawful basis", "data subject request", "legitimate interest", "data processing agreement",
      "right to erasure", "privacy notice", "DPO", "controller and processor", "records of processing",
      "standard contractual clauses", "breach notification", "data minimisation", "consent management",
      "special category data"]),
]
EXPERTS_HOME, EXPERTS_ELSEWHERE = 6, 4
DECLARE_HOME, DECLARE_ELSEWHERE = 3, 2      # exactly half of the experts declare
PRETENDERS_HOME, PRETENDERS_ELSEWHERE = 3, 2
GENERALISTS = 40
LEARNERS = 6                                 # per skill: newcomers who ask about a term or two

# ------------------------------------------------------------------------------------------------ networks

# id, name, department key (None: cross-department), content access, topics
NETWORKS = [
    ("eng-commons", "Engineering Commons", "eng", "public", ["engineering", "architecture"]),
    ("eng-builders", "Platform Builders", "eng", "public", ["platform", "developer-experience"]),
    ("sec-room", "Security Team Room", "sec", "members_only", ["security-team"]),
    ("sec-champions", "Security Champions", "sec", "public", ["security", "awareness"]),
    ("data-lab", "Data Lab", "data", "public", ["data", "analytics"]),
    ("data-corner", "Analytics Corner", "data", "public", ["reporting", "metrics"]),
    ("design-studio", "Product Studio", "design", "public", ["product", "roadmap"]),
    ("design-crit", "Design Crit", "design", "public", ["design", "critique"]),
    ("mkt-hub", "Marketing Hub", "marketing", "public", ["marketing", "campaigns"]),
    ("mkt-campaigns", "Campaign Room", "marketing", "members_only", ["campaign-planning"]),
    ("sales-floor", "Sales Floor", "sales", "public", ["sales", "customers"]),
    ("sales-deals", "Deal Desk", "sales", "members_only", ["deals", "pricing"]),
    ("fin-team", "Finance Team", "finance", "public", ["finance", "budgets"]),
    ("fin-close", "Month-End Close", "finance", "members_only", ["close", "accounting"]),
    ("legal-desk", "Legal Desk", "legal", "public", ["legal", "policies"]),
    ("legal-counsel", "Counsel Room", "legal", "members_only", ["legal-team"]),
    ("people-team", "People Team", "people", "public", ["people", "culture"]),
    ("people-talent", "Talent Team", "people", "public", ["talent", "hiring-process"]),
    ("ops-floor", "Operations Floor", "ops", "public", ["operations", "sites"]),
    ("ops-logistics", "Warehouse and Logistics", "ops", "public", ["logistics", "warehouses"]),
    ("tech-talk", "Tech Talk", None, "public", ["technology", "tools"]),
    ("data-curious", "Data Curious", None, "public", ["data-literacy", "numbers"]),
    ("business-craft", "Business Craft", None, "public", ["business", "craft"]),
    ("learning-guild", "Learning Guild", None, "public", ["learning", "growth"]),
    ("ask-anything", "Ask Anything", None, "public", ["questions", "help"]),
    ("writers-room", "Writers' Room", None, "public", ["writing", "words"]),
    ("sustainability", "Sustainability Circle", None, "public", ["sustainability", "climate"]),
    ("parents", "Parents at Work", None, "members_only", ["parenting", "flexible-work"]),
    ("running", "Running Club", None, "public", ["running", "fitness"]),
    ("books", "Book Club", None, "public", ["books", "reading"]),
]

# ------------------------------------------------------------------------------------------------ writing

EXPERT_TITLES = [
    "Notes on {a} and {b}", "What {a} taught me about {b}", "A practical look at {a}",
    "Lessons from a year of {a}", "Getting {a} right", "Common pitfalls with {a}", "How we handle {a}",
    "Rethinking our {a}", "Field notes: {a}, {b} and {c}", "When {a} meets {b}", "Our checklist for {a}",
    "Why {a} is harder than it looks",
]
# Sentences with one to three jargon slots; none starts with a slot (jargon keeps its own case).
EXPERT_SENTENCES = [
    "We spent most of the week on {a}, and it turned out {b} was the real issue.",
    "My rule of thumb: get {a} right before worrying about {b}.",
    "On paper {a} looked fine, but {b} told a different story.",
    "If you only change one thing this quarter, revisit your {a}.",
    "A colleague asked how I approach {a}; honestly it starts with {b}.",
    "Most of the trouble with {a} comes from neglecting {b}.",
    "I keep a short checklist for this: {a}, {b}, then a second look at {c}.",
    "Pairing {a} with {b} saved us a lot of rework.",
    "Nobody warned me that {a} and {b} interact like this.",
    "Our quickest win was cleaning up {a}.",
    "We compared two approaches to {a} and the simpler one won.",
    "Watch out for {a} when {b} changes under you.",
    "In my experience {a} is where seniority really shows.",
    "Next step for us is writing down how we do {a} and {b}.",
    "Once we understood {a}, both {b} and {c} stopped surprising us.",
    "I would not start with {a}; look at {b} first.",
    "The old approach ignored {a} entirely, which explains a lot.",
    "Happy to walk anyone through how we set up {a} and {b}.",
    "It took three attempts to get {a} and {b} to agree.",
    "The team now reviews {a} every month, together with {b}.",
]
EXPERT_COMMENTS = [
    "Have you looked at {a}? In our case {b} was the culprit.",
    "Good write-up. I would add {a} to the list, and maybe {b}.",
    "We hit the same thing. Revisiting {a} helped, {b} less so.",
    "One more trick: check {a} before you touch {b}.",
    "This matches what I saw with {a}. The point about {b} is underrated.",
    "Careful with {a} here, it interacts badly with {b}.",
    "Nice. How do you deal with {a} when {b} is out of date?",
]
# One of these names the skill (or an alias); an expert does so in at most a quarter of their writing.
SKILL_MENTIONS = [
    "This is the part of {s} that nobody teaches in courses.",
    "After years of {s} work, this still surprises me.",
    "For anyone getting into {s}: start here.",
    "Good {s} is mostly about these details.",
]
GENERIC_TITLES = [
    "Thoughts after the all-hands", "Our team offsite, in pictures", "A small win worth sharing",
    "What I learned in my first month", "Hybrid work, one year on", "Looking for volunteers",
    "Reflections on the quarter", "Office move update", "A book I keep recommending", "Notes from the town hall",
    "Welcome to our new joiners", "Planning season is here", "How our team runs meetings",
    "Lunch and learn next week", "Small process change, big difference", "Celebrating a milestone",
    "Feedback wanted", "Quick update from the {dept} team", "Things I wish I knew earlier", "Friday round-up",
]
GENERIC_SENTENCES = [
    "Thanks to everyone who joined the session on {day}.",
    "We are looking for volunteers to help with the next charity run.",
    "The new coffee machine on the third floor is finally working.",
    "Reminder: the planning templates are due by {day}.",
    "Our team tried a no-meeting {day} and honestly liked it.",
    "It was great to see so many people in the {city} office this week.",
    "Please share your ideas for the next offsite, anything goes.",
    "We had to react quickly when the plans changed, and the team did brilliantly.",
    "Shout-out to the facilities crew for sorting out the meeting rooms.",
    "I am still getting used to the new expense tool.",
    "If you have not filled in the survey yet, it takes five minutes.",
    "The town hall recording is on the intranet for anyone who missed it.",
    "Lunch is on us next {day}, bring a colleague from another team.",
    "We wrapped up the quarter with a short retrospective and some cake.",
    "Onboarding three new colleagues at once was a lot, but fun.",
    "A reminder that the office is closed on the public holiday.",
    "Happy to pair with anyone who wants a second pair of eyes.",
    "Some weeks are just about keeping the lights on, and that is fine.",
    "The parking situation at the {city} office has improved a lot.",
    "We are trialling a shared team calendar, feedback welcome.",
    "Congratulations to everyone involved, this took real persistence.",
    "I finally cleared my inbox after the holidays.",
    "The volunteering day at the food bank was a highlight of the year.",
    "Does anyone have a good template for weekly updates?",
    "Our team is growing, so expect a few new faces around.",
    "Small reminder to book your leave for the summer early.",
    "We moved our stand-up to the afternoon and it works better for everyone.",
    "The new desks by the window are first come, first served.",
]
DEPT_SENTENCES = [
    "Busy week with the {w}, but we made good progress.",
    "The {w} took longer than planned this time.",
    "If you have input for the {w}, send it my way.",
    "Big thanks to everyone who helped with the {w}.",
]
GENERIC_COMMENTS = [
    "Thanks for sharing!", "Great point, we saw the same in our team.", "Love this, thank you.",
    "Count me in.", "Very helpful, bookmarking this.", "Congratulations to the whole team!",
    "Agreed, and it is good to see it written down.", "Could we do this in the {city} office too?",
    "Interesting, I had not thought about it that way.", "+1, happy to help.", "Nice one!",
    "This made my day.", "Looking forward to it.", "Useful reminder, thanks.",
]
INCIDENTAL_MENTIONS = [
    "Is anyone going to the {s} meetup in {city} next month?",
    "We are hiring someone with {s} experience, ping me if you know anyone.",
    "Saw a talk about {s} at the conference, way over my head.",
]
LEARNER_TITLES = ["Question about {a}", "Beginner question", "Help me understand {a}", "Where to start with {a}?"]
LEARNER_QUESTIONS = [
    "Can someone explain {a} in plain words?",
    "Quick question: what is {a}, and when should I care about it?",
    "I keep hearing about {a} in meetings. Any good introduction?",
    "Is {a} something our team should look at, or is that overkill?",
    "Newbie question about {a} and {b}: where do I start?",
]
GENERALIST_TITLES = [
    "Why {A} matters", "Thoughts on {A} and {B}", "{A}, {B} and {C}", "Skills for next year",
    "Everyone should learn {A}", "The future is {A}", "Quick thought on {A}",
]
GENERALIST_SENTENCES = [
    "{A} and {B} are the future, everyone should learn {C}.",
    "Hot take: {A} matters more than {B}. And do not get me started on {C}.",
    "Just read a great article on {A}. Also reading about {B} and {C}.",
    "Who else is excited about {A}? {B} and {C} too!",
    "Top three skills for next year: {A}, {B}, {C}.",
    "Reminder that {A}, {B} and {C} are all on the learning platform.",
    "Every team needs someone who knows {A}. And {B}. And {C}.",
    "If I had to pick one thing to learn it would be {A}, maybe {B}.",
]
GENERALIST_COMMENTS = [
    "Totally agree, {A} is key.", "This is why {A} and {B} matter so much!",
    "So true. {A} is going to be huge.", "Great post, reminds me of {A}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def slug(text):
    """A tag or topic as the app normalises it: lower case, spaces as '-'."""
    return re.sub(r"[\s_]+", "-", text.strip().lower())


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Generator:
    def __init__(self, seed, now):
        self.r = random.Random(seed)
        self.seed = seed
        self.now = now
        self.people = []          # dicts, in employee-id order
        self.posts = []           # dicts
        self.skills = [dict(name=s[0], home=s[1], category=s[2], aliases=s[3], hub=s[4], jargon=s[5])
                       for s in SKILLS]

    # -------------------------------------------------------------------------------------------- people

    def make_people(self):
        r = self.r
        n = 0

        def person(dept, title, role, manager):
            nonlocal n
            n += 1
            first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
            username = f"{first.lower()}.{last.lower()}.{n}"
            langs = ["English"] + r.sample(LANGUAGES, r.choice([0, 0, 1, 1, 2]))
            p = dict(eid=f"XB{n:05d}", name=f"{first} {last}", username=username,
                     email=f"{username}@{EMAIL_DOMAIN}", dept=dept, title=title, role=role,
                     manager=manager["eid"] if manager else "", location=r.choice(LOCATIONS),
                     languages=";".join(langs),
                     hire=(dt.date(2008, 1, 1) + dt.timedelta(days=r.randrange(6850))).isoformat(),
                     kind="ordinary", expert=[], declared=[], learns=[], opt_in=True, networks=[])
            self.people.append(p)
            return p

        ceo = person("ops", "Chief Executive Officer", "ceo", None)
        for key, _, size, titles, lead_title, head_title in DEPARTMENTS:
            head = person(key, head_title, "head", ceo)
            left = size - 1 - (1 if key == "ops" else 0)   # the CEO counts towards Operations
            leads_n = max(2, left // 9)
            leads = [person(key, lead_title, "lead", head) for _ in range(leads_n)]
            for i in range(left - leads_n):
                person(key, r.choice(titles), "staff", leads[i % leads_n])

    def pick(self, pool, ok):
        """A random person of pool for whom ok(p) holds (pool is a list, so the choice is deterministic)."""
        candidates = [p for p in pool if ok(p)]
        return self.r.choice(candidates)

    def plant(self):
        r = self.r
        by_dept = {d[0]: [p for p in self.people if p["dept"] == d[0] and p["role"] != "ceo"] for d in DEPARTMENTS}
        weights = {d[0]: d[2] for d in DEPARTMENTS}

        def free(p, s):
            # Mostly one skill a person; now and then a second one (never more than two).
            if s["name"] in p["expert"] or len(p["expert"]) >= 2:
                return False
            return not p["expert"] or r.random() < 0.15

        for s in self.skills:
            home = []
            for _ in range(EXPERTS_HOME):
                p = self.pick(by_dept[s["home"]], lambda p: free(p, s))
                p["expert"].append(s["name"])
                home.append(p)
            others = [k for k in by_dept if k != s["home"]]
            away = []
            for _ in range(EXPERTS_ELSEWHERE):
                dept = r.choices(others, [weights[k] for k in others])[0]
                p = self.pick(by_dept[dept], lambda p: free(p, s))
                p["expert"].append(s["name"])
                away.append(p)
            s["experts"], s["hidden"] = home + away, away
            # Exactly half declare, stratified so both halves have the same share of hidden talents.
            for group, k in ((home, DECLARE_HOME), (away, DECLARE_ELSEWHERE)):
                for p in r.sample(group, k):
                    p["declared"].append((s["name"], r.choice([3, 4])))
            for p in home + away:
                p["kind"] = "expert"

        # Opt-outs among hidden talents: one of every third skill, someone expert in that skill only,
        # so the hidden-talent view's respect for the opt-out is measured on a real candidate.
        for i, s in enumerate(self.skills):
            if i % 3 == 0:
                singles = [p for p in s["hidden"] if len(p["expert"]) == 1]
                if singles:
                    r.choice(singles)["opt_in"] = False

        ordinary = lambda p: p["kind"] in ("ordinary", "pretender") and p["role"] != "ceo"
        for s in self.skills:
            s["pretenders"] = []
            others = [k for k in by_dept if k != s["home"]]
            for i in range(PRETENDERS_HOME + PRETENDERS_ELSEWHERE):
                pool = by_dept[s["home"]] if i < PRETENDERS_HOME else by_dept[r.choice(others)]
                p = self.pick(pool, lambda p: ordinary(p) and len(p["declared"]) < 2
                              and all(d != s["name"] for d, _ in p["declared"]))
                p["kind"] = "pretender"
                p["declared"].append((s["name"], r.choice([2, 3, 3, 4, 4])))  # over-claimers claim high
                s["pretenders"].append(p)

        everyone = [p for p in self.people if p["role"] != "ceo"]
        for _ in range(GENERALISTS):
            self.pick(everyone, lambda p: p["kind"] == "ordinary")["kind"] = "generalist"

        for s in self.skills:
            s["learners"] = []
            for _ in range(LEARNERS):
                p = self.pick(everyone, lambda p: p["kind"] == "ordinary" and not p["learns"])
                p["learns"].append(s)
                s["learners"].append(p)

        for p in self.people:
            if p["kind"] != "expert" and r.random() < 0.10:
                p["opt_in"] = False

    # -------------------------------------------------------------------------------------------- networks

    def make_networks(self):
        r = self.r
        self.networks = []
        created = self.now - dt.timedelta(days=3 * 365)
        heads = {p["dept"]: p for p in self.people if p["role"] == "head"}
        for nid, name, dept, access, topics in NETWORKS:
            self.networks.append(dict(id=nid, name=f"{COMPANY} {name}", dept=dept, access=access, topics=topics,
                                      created=created + dt.timedelta(days=r.randrange(60)), members=[]))
        self.net = {n["id"]: n for n in self.networks}
        for n in self.networks:
            if n["dept"]:
                n["owner"] = heads[n["dept"]]
        cross = [n for n in self.networks if not n["dept"]]
        for p in self.people:
            own = [n for n in self.networks if n["dept"] == p["dept"]]
            mine = own if (r.random() < 0.35 or p["role"] == "head") else [r.choice(own)]
            mine = list(mine) + [n for n in cross if r.random() < (0.3 if p["kind"] == "generalist" else 0.12)]
            for s in self.skills:
                if s["name"] in p["expert"] and all(n["id"] != s["hub"] for n in mine):
                    mine.append(self.net[s["hub"]])
            for n in mine:
                n["members"].append(p)
                p["networks"].append(n["id"])
        for n in cross:
            n["owner"] = r.choice(n["members"])

    # -------------------------------------------------------------------------------------------- content

    def when(self):
        """A moment in the last two years (not the last day, so replies and thanks fit before now)."""
        return self.now - dt.timedelta(seconds=self.r.randrange(86400, 730 * 86400))

    def fill(self, template, terms):
        return template.format(**dict(zip("abc", terms)))

    def slots(self, template):
        return len(re.findall(r"\{[abc]\}", template))

    def expert_text(self, p, s, fav, comment, mention):
        """Title (None for a comment), body and the jargon terms used (3-6 distinct ones)."""
        r = self.r
        k = r.randint(3, 6) if not comment else r.randint(3, 4)
        pool = fav if r.random() < 0.8 else s["jargon"]
        terms = r.sample(pool, min(k, len(pool)))
        queue = list(terms)
        sentences = []
        title = None
        if not comment:
            t = r.choice(EXPERT_TITLES)
            title = self.fill(t, r.sample(terms, min(self.slots(t), len(terms))))
        templates = list(EXPERT_COMMENTS if comment else EXPERT_SENTENCES)
        while queue:
            t = r.choice(templates)
            need = self.slots(t)
            if need > len(queue):
                continue
            sentences.append(self.fill(t, queue[:need]))
            queue = queue[need:]
            # No sentence twice in one text; a comment's second sentence reads like a post's.
            templates = [x for x in (EXPERT_SENTENCES if comment else templates) if x != t]
        if not comment:
            # Generic filler between the jargon, as real posts have.
            for _ in range(r.randint(1, 2)):
                sentences.insert(r.randrange(len(sentences) + 1), self.generic_sentence(p))
        if mention:
            name = s["name"] if r.random() < 0.7 else r.choice(s["aliases"])
            sentences.insert(r.randrange(len(sentences) + 1), r.choice(SKILL_MENTIONS).format(s=name))
        return title, self.paragraphs(sentences), terms

    def learner_text(self, p, s, comment):
        """A beginner's question naming one or two jargon terms, with a generic sentence or none."""
        r = self.r
        t = r.choice(LEARNER_QUESTIONS)
        terms = r.sample(s["jargon"], self.slots(t))
        sentences = [self.fill(t, terms)]
        if r.random() < 0.5:
            sentences.insert(0, self.generic_sentence(p))
        title = None if comment else r.choice(LEARNER_TITLES).format(a=terms[0])
        return title, " ".join(sentences)

    def generic_sentence(self, p):
        r = self.r
        if r.random() < 0.2:
            return r.choice(DEPT_SENTENCES).format(w=r.choice(DEPT_WORDS[p["dept"]]))
        return r.choice(GENERIC_SENTENCES).format(day=r.choice(DAYS), city=p["location"])

    def paragraphs(self, sentences):
        out, para = [], []
        for sentence in sentences:
            para.append(sentence)
            if len(para) >= 2 and self.r.random() < 0.5:
                out.append(" ".join(para))
                para = []
        if para:
            out.append(" ".join(para))
        return "\n\n".join(out)

    def generic_post(self, p):
        r = self.r
        title = r.choice(GENERIC_TITLES).format(dept=DEPT_NAME[p["dept"]])
        sentences = [self.generic_sentence(p) for _ in range(r.randint(2, 4))]
        if p["kind"] != "expert" and r.random() < 0.04:
            sentences.append(r.choice(INCIDENTAL_MENTIONS).format(s=r.choice(self.skills)["name"],
                                                                  city=p["location"]))
        tags = r.sample(["team", "update", "office", "culture", "planning", "people"], r.choice([0, 0, 1, 2]))
        return title, self.paragraphs(sentences), tags

    def generic_comment(self, p):
        r = self.r
        text = r.choice(GENERIC_COMMENTS).format(city=p["location"])
        if r.random() < 0.3:
            text += " " + self.generic_sentence(p)
        return text

    def generalist_names(self, fav, n):
        names = self.r.sample(fav, n)
        return {k: names[i] for i, k in enumerate("ABC"[:n])}

    def post_network(self, p, weights):
        """A network p is a member of (or None: the personal blog), weighted by weights(network)."""
        options = [None] + [self.net[nid] for nid in p["networks"]]
        w = [weights(n) for n in options]
        return self.r.choices(options, w)[0]

    def add_post(self, p, title, body, tags, network, kind, skill=None):
        post = dict(id=f"p{len(self.posts) + 1}", author=p, title=title, body=body, tags=tags,
                    network=network, at=self.when(), kind=kind, skill=skill, comments=[], thanks=[])
        self.posts.append(post)
        return post

    def make_posts(self):
        """Posts first (comments need something to answer); comments are planned per person."""
        r = self.r
        self.comment_plan = []  # (person, kind, skill or None)
        for p in self.people:
            # Experts: each skill's jargon writing, spread between posts and comments.
            for name in p["expert"]:
                s = next(x for x in self.skills if x["name"] == name)
                fav = r.sample(s["jargon"], 9)
                n = r.randint(4, 8)
                mentions = set(r.sample(range(n), r.randint(0, n // 4)))  # at most a quarter name the skill
                for i in range(n):
                    is_comment = r.random() < 0.35
                    if is_comment:
                        self.comment_plan.append((p, "expert", s, fav, i in mentions))
                        continue
                    title, body, terms = self.expert_text(p, s, fav, False, i in mentions)
                    tags = [slug(t) for t in r.sample(terms, r.choice([0, 1, 1, 2]))
                            if re.fullmatch(r"[A-Za-z0-9 .-]{2,40}", t)]  # a jargon term or two as tags
                    if r.random() < 0.25:
                        tags.insert(0, slug(s["name"]))  # the skill's own tag, on a minority of posts
                    net = self.post_network(p, lambda n: 1.5 if n is None else (
                        3 if n["id"] == s["hub"] else 0.15 if n["access"] == "members_only" else 1))
                    self.add_post(p, title, body, tags, net, "expert", s)
            if p["kind"] == "generalist":
                fav = r.sample([s["name"] for s in self.skills], r.randint(6, 10))
                for _ in range(r.randint(15, 30)):
                    names = self.generalist_names(fav, 3)
                    title = r.choice(GENERALIST_TITLES).format(**names)
                    body = " ".join(r.choice(GENERALIST_SENTENCES).format(**self.generalist_names(fav, 3))
                                    for _ in range(r.randint(1, 2)))
                    tags = [slug(x) for x in r.sample(fav, r.randint(1, 3))] if r.random() < 0.5 else []
                    net = self.post_network(p, lambda n: 1 if n is None else (
                        0.3 if n["access"] == "members_only" else 1))
                    self.add_post(p, title, body, tags, net, "generalist")
                for _ in range(r.randint(2, 5)):
                    self.comment_plan.append((p, "generalist", None, fav, False))
            for s in p["learns"]:
                for _ in range(r.randint(1, 2)):
                    if r.random() < 0.5:
                        self.comment_plan.append((p, "learner", s, None, False))
                    else:
                        title, body = self.learner_text(p, s, False)
                        self.add_post(p, title, body, [], self.post_network(p, lambda n: 1), "generic", s)
            # Everyone's everyday writing.
            posts, comments = {"expert": (r.randint(0, 2), r.randint(0, 2)),
                               "generalist": (0, r.randint(0, 2)),
                               "pretender": (r.randint(1, 2), r.randint(1, 3)),
                               "ordinary": (r.choice([0, 1, 1, 2, 2, 3]), r.randint(0, 5))}[p["kind"]]
            for _ in range(posts):
                title, body, tags = self.generic_post(p)
                self.add_post(p, title, body, tags, self.post_network(p, lambda n: 1), "generic")
            for _ in range(comments):
                self.comment_plan.append((p, "generic", None, None, False))

    def make_comments(self):
        r = self.r
        blog = [q for q in self.posts if q["network"] is None]
        by_net = {n["id"]: [q for q in self.posts if q["network"] is n] for n in self.networks}
        by_skill = {s["name"]: [q for q in self.posts if q["skill"] is s] for s in self.skills}
        n = 0
        for p, kind, s, fav, mention in self.comment_plan:
            # A comment answers a blog post or a post in one of the author's networks ...
            reachable = lambda q: q["author"] is not p and (q["network"] is None or q["network"]["id"] in p["networks"])
            post = None
            if kind in ("expert", "learner") and r.random() < 0.6:
                # ... preferably, for an expert or a learner, a post about the same skill.
                same = [q for q in by_skill[s["name"]] if reachable(q)]
                post = r.choice(same) if same else None
            while post is None:
                bucket = r.choice([None] + p["networks"])
                candidates = blog if bucket is None else by_net[bucket]
                if candidates:
                    q = r.choice(candidates)
                    post = q if reachable(q) else None
            if kind == "expert":
                _, body, _ = self.expert_text(p, s, fav, True, mention)
            elif kind == "learner":
                _, body = self.learner_text(p, s, True)
            elif kind == "generalist":
                body = r.choice(GENERALIST_COMMENTS).format(**self.generalist_names(fav, 2))
            else:
                body = self.generic_comment(p)
            n += 1
            at = min(post["at"] + dt.timedelta(seconds=r.randrange(600, 10 * 86400)), self.now - dt.timedelta(hours=1))
            post["comments"].append(dict(id=f"c{n}", author=p, body=body, at=at, kind=kind, thanks=[]))

    def make_thanks(self):
        """Expert writing is thanked most; thankers can see the item (members only for members_only)."""
        r = self.r
        everyone = [p for p in self.people]
        rates = {"expert": (1, 6), "generalist": (0, 2), "generic": (0, 1)}

        def thank(item, network, kind):
            lo, hi = rates[kind]
            pool = network["members"] if network and network["access"] == "members_only" else everyone
            chosen = []
            for _ in range(r.randint(lo, hi)):
                q = r.choice(pool)
                if q is not item["author"] and all(q is not c for c in chosen):
                    chosen.append(q)
            item["thanks"] = [(q, min(item["at"] + dt.timedelta(seconds=r.randrange(300, 5 * 86400)), self.now))
                              for q in chosen]

        for post in self.posts:
            thank(post, post["network"], post["kind"])
            for c in post["comments"]:
                thank(c, post["network"], "expert" if c["kind"] == "expert" else
                      "generalist" if c["kind"] == "generalist" else "generic")

    # -------------------------------------------------------------------------------------------- output

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "hr-directory.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["employee_id", "email", "name", "department", "title", "manager_id", "location", "languages",
                        "hire_date"])
            for p in self.people:
                w.writerow([p["eid"], p["email"], p["name"], DEPT_NAME[p["dept"]], p["title"], p["manager"],
                            p["location"], p["languages"], p["hire"]])

        counts = dict(people=len(self.people), networks=len(self.networks), members=0, posts=len(self.posts),
                      comments=0, thanks=0)
        with open(os.path.join(out, "content.jsonl"), "w", encoding="utf-8") as f:
            def rec(obj):
                f.write(json.dumps(obj, ensure_ascii=False) + "\n")

            rec({"format": "guildhall-content", "version": 1, "source": SOURCE})
            for s in self.skills:
                rec({"type": "skill", "name": s["name"], "category": s["category"], "aliases": s["aliases"]})
            for p in self.people:
                person = {"type": "person", "id": p["eid"], "name": p["name"], "email": p["email"],
                          "username": p["username"], "employeeId": p["eid"], "department": DEPT_NAME[p["dept"]],
                          "title": p["title"], "talentDiscovery": p["opt_in"]}
                if p["declared"]:
                    person["skills"] = [{"skill": name, "level": level} for name, level in p["declared"]]
                rec(person)
            for n in self.networks:
                dept = DEPT_NAME[n["dept"]] if n["dept"] else None
                about = f"the {dept} department" if dept else "anyone at " + COMPANY
                net = {"type": "network", "id": n["id"], "name": n["name"],
                       "description": f"A place for {about} to share news, questions and what we learn.",
                       "purpose": f"Keep {about} connected: updates, questions, lessons learned and the occasional "
                                  f"celebration. Topics: {', '.join(n['topics'])}.",
                       "createdBy": n["owner"]["eid"], "topics": n["topics"], "visibility": "listed",
                       "contentAccess": n["access"], "joinPolicy": "open" if n["access"] == "public" else "request",
                       "createdAt": iso(n["created"])}
                if dept:
                    net["departments"] = [dept]
                rec(net)
            for n in self.networks:
                for p in n["members"]:
                    if p is n["owner"]:
                        continue
                    joined = n["created"] + dt.timedelta(days=1 + self.r.randrange(200))
                    rec({"type": "member", "network": n["id"], "person": p["eid"], "role": "member",
                         "joinedAt": iso(joined)})
                    counts["members"] += 1
            for post in sorted(self.posts, key=lambda q: (q["at"], q["id"])):
                obj = {"type": "post", "id": post["id"], "author": post["author"]["eid"], "title": post["title"],
                       "body": post["body"], "publishedAt": iso(post["at"])}
                if post["network"]:
                    obj["network"] = post["network"]["id"]
                if post["tags"]:
                    obj["tags"] = list(dict.fromkeys(post["tags"]))[:10]
                rec(obj)
                for q, at in post["thanks"]:
                    rec({"type": "thanks", "person": q["eid"], "post": post["id"], "at": iso(at)})
                    counts["thanks"] += 1
                for c in sorted(post["comments"], key=lambda c: (c["at"], c["id"])):
                    rec({"type": "comment", "id": c["id"], "post": post["id"], "author": c["author"]["eid"],
                         "body": c["body"], "createdAt": iso(c["at"])})
                    counts["comments"] += 1
                    for q, at in c["thanks"]:
                        rec({"type": "thanks", "person": q["eid"], "comment": c["id"], "at": iso(at)})
                        counts["thanks"] += 1

        truth = {
            "source": SOURCE, "seed": self.seed, "now": iso(self.now), "counts": counts,
            "definitions": {
                "experts": "planted experts of the skill (relevant for expert search)",
                "hiddenTalents": "experts outside the skill's home department (so outside its title family)",
                "hiddenTalentsOptedIn": "hidden talents with talentDiscovery true (relevant for the hidden-talent "
                                        "view and hidden-talent recall)",
                "declarers": "everyone who declared the skill: half of its experts and its pretenders",
            },
            "departments": [{"key": d[0], "name": d[1], "titleFamily": sorted(set(d[3]) | {d[4], d[5]})}
                            for d in DEPARTMENTS],
            "skills": [{
                "name": s["name"], "slug": slug(s["name"]), "category": s["category"], "aliases": s["aliases"],
                "homeDepartment": DEPT_NAME[s["home"]], "jargon": s["jargon"],
                "experts": [p["username"] for p in s["experts"]],
                "hiddenTalents": [p["username"] for p in s["hidden"]],
                "hiddenTalentsOptedIn": [p["username"] for p in s["hidden"] if p["opt_in"]],
                "undeclaredExperts": [p["username"] for p in s["experts"]
                                      if all(d != s["name"] for d, _ in p["declared"])],
                "declarers": [{"username": p["username"], "level": lvl, "expert": p["kind"] == "expert"}
                              for p in self.people for d, lvl in p["declared"] if d == s["name"]],
                "pretenders": [p["username"] for p in s["pretenders"]],
                "learners": [p["username"] for p in s["learners"]],
            } for s in self.skills],
            "generalists": [p["username"] for p in self.people if p["kind"] == "generalist"],
            "optedOut": [p["username"] for p in self.people if not p["opt_in"]],
        }
        with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, indent=1, ensure_ascii=False)
            f.write("\n")
        return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--now", default="2026-11-01T00:00:00Z")
    a = ap.parse_args()
    now = dt.datetime.strptime(a.now, "%Y-%m-%dT%H:%M:%SZ")
    g = Generator(a.seed, now)
    g.make_people()
    g.plant()
    g.make_networks()
    g.make_posts()
    g.make_comments()
    g.make_thanks()
    counts = g.write(a.out)
    print(f"expertise dataset (seed {a.seed}) in {a.out}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
