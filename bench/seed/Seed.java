// Guildhall seed generator: one file, JDK 17 only, run straight from source.
//
//   java bench/seed/Seed.java --scale small|large [--seed N] [--now 2026-11-01T00:00:00Z] --out DIR
//
// Writes, in the formats of docs/import.md:
//   DIR/hr-directory.csv   the HR directory (employee_id,email,name,department,title,manager_id,location,languages,hire_date)
//   DIR/content.jsonl      content format v1: header, persons, networks, members, then each post followed by its
//                          thanks, its comments and their thanks (a record only refers to earlier records)
//   DIR/manifest.json      counts and the values benchmarks need (big network, busy post, sample person, words)
//
// large: 50,000 people, 5,000 networks, 200,000 posts, 800,000 comments, ~600,000 thanks.
// small: a fiftieth of every count (post b1 keeps its 200 comments).
// Deterministic: one SplittableRandom seeded with --seed (default 42); "now" is fixed (--now) so the same
// seed always gives the same bytes. No HashMap iteration order reaches the output.
// bench/seed/check.py DIR validates an output directory (references, b1/n1, thanks, authors, org chart).
// Manifest word counts (commonWordPosts, phrasePosts) count prose only, not inline code or code blocks.
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

public class Seed {

    // ------------------------------------------------------------------------------------------------ vocabulary

    /** Departments: name, title family, relative size, head's title ("" = "Head of <name>"). */
    static final String[][] DEPARTMENTS = {
        {"Executive Office", "exec", "0.4", "Chief Executive Officer"},
        {"Engineering", "eng", "12", "Chief Technology Officer"},
        {"Platform Engineering", "eng", "4", ""},
        {"Infrastructure", "eng", "3", "VP, Infrastructure"},
        {"Site Reliability", "eng", "2", ""},
        {"Mobile Engineering", "eng", "2", ""},
        {"Web Engineering", "eng", "3", ""},
        {"Quality Assurance", "eng", "2", ""},
        {"Security", "sec", "2", "Chief Information Security Officer"},
        {"IT Services", "it", "3", "Chief Information Officer"},
        {"Data Science", "data", "3", ""},
        {"Data Engineering", "data", "2", ""},
        {"Analytics", "data", "2", ""},
        {"Research & Development", "research", "3", "VP, Research & Development"},
        {"Product Management", "product", "3", "Chief Product Officer"},
        {"Design", "design", "2", "VP, Design"},
        {"User Research", "design", "1", ""},
        {"Marketing", "marketing", "3", "Chief Marketing Officer"},
        {"Brand & Communications", "marketing", "1.5", ""},
        {"Sales, EMEA", "sales", "4", "VP Sales, EMEA"},
        {"Sales, Americas", "sales", "4", "VP Sales, Americas"},
        {"Sales, APAC", "sales", "2", "VP Sales, APAC"},
        {"Customer Success", "support", "3", ""},
        {"Customer Support", "support", "5", ""},
        {"Professional Services", "support", "2", ""},
        {"Finance", "finance", "2", "Chief Financial Officer"},
        {"Accounting", "finance", "1.5", "Chief Accountant"},
        {"Procurement", "finance", "1", ""},
        {"Legal", "legal", "1", "General Counsel"},
        {"Compliance & Risk", "legal", "1", "Chief Risk Officer"},
        {"People & Culture", "hr", "1.5", "Chief People Officer"},
        {"Talent Acquisition", "hr", "1.5", ""},
        {"Learning & Development", "hr", "1", ""},
        {"Operations", "ops", "3", "Chief Operating Officer"},
        {"Facilities", "ops", "1", ""},
        {"Supply Chain", "ops", "2", ""},
        {"Business Development", "sales", "1", ""},
        {"Partnerships", "sales", "1", "VP, Partnerships"},
        {"Strategy", "exec", "0.5", "Chief Strategy Officer"},
        {"Internal Audit", "finance", "0.5", ""},
    };

    /** Title families: individual contributor titles | manager titles (the last is the most senior). */
    static final Map<String, String[][]> FAMILIES = new LinkedHashMap<>();
    static {
        fam("exec", "Chief of Staff|Executive Assistant|Strategy Analyst|Senior Strategy Analyst|Business Analyst",
                "Strategy Manager|Director, Strategy");
        fam("eng", "Software Engineer|Software Engineer|Senior Software Engineer|Senior Software Engineer|Staff Engineer|"
                + "Principal Engineer|Junior Software Engineer|Test Engineer|Build Engineer|Site Reliability Engineer",
                "Engineering Manager|Senior Engineering Manager|Director of Engineering");
        fam("sec", "Security Engineer|Senior Security Engineer|Security Analyst|Penetration Tester|Security Architect",
                "Security Engineering Manager|Director, Security Operations");
        fam("it", "IT Support Specialist|Systems Administrator|Network Engineer|IT Analyst|Workplace Technology Engineer",
                "IT Manager|Director of IT Services");
        fam("data", "Data Scientist|Senior Data Scientist|Data Engineer|Machine Learning Engineer|Data Analyst|Analytics Engineer",
                "Data Science Manager|Director of Data");
        fam("research", "Research Scientist|Senior Research Scientist|Research Engineer|Principal Scientist|Lab Technician",
                "Research Manager|Director of Research");
        fam("product", "Product Manager|Senior Product Manager|Associate Product Manager|Product Owner|Product Analyst",
                "Group Product Manager|Director of Product");
        fam("design", "Product Designer|Senior Product Designer|UX Researcher|Content Designer|Visual Designer",
                "Design Manager|Director of Design");
        fam("marketing", "Marketing Specialist|Content Marketing Manager|Brand Designer|Marketing Analyst|Copywriter|SEO Specialist",
                "Marketing Manager|Director of Marketing");
        fam("sales", "Account Executive|Senior Account Executive|Sales Development Representative|Solutions Engineer|Account Manager",
                "Sales Manager|Regional Sales Director");
        fam("support", "Support Engineer|Customer Success Manager|Technical Account Manager|Support Specialist|Implementation Consultant",
                "Support Team Lead|Director of Customer Experience");
        fam("finance", "Financial Analyst|Senior Financial Analyst|Accountant|Payroll Specialist|Procurement Specialist|Auditor",
                "Finance Manager|Financial Controller");
        fam("legal", "Legal Counsel|Senior Legal Counsel|Paralegal|Compliance Analyst|Privacy Specialist|Risk Analyst",
                "Legal Manager|Deputy General Counsel");
        fam("hr", "HR Business Partner|Recruiter|Senior Recruiter|People Operations Specialist|Learning Designer|HR Generalist",
                "People Manager|Director, People Operations");
        fam("ops", "Operations Analyst|Facilities Coordinator|Logistics Specialist|Supply Chain Planner|Operations Specialist",
                "Operations Manager|Director of Operations");
    }

    static void fam(String name, String ics, String managers) {
        FAMILIES.put(name, new String[][] {ics.split("\\|"), managers.split("\\|")});
    }

    /** Cities: name, relative weight, local languages. */
    static final String[][] CITIES = {
        {"London", "14", "English"}, {"Berlin", "10", "German"}, {"Paris", "7", "French"}, {"Madrid", "5", "Spanish"},
        {"Lisbon", "4", "Portuguese"}, {"Amsterdam", "6", "Dutch"}, {"Copenhagen", "3", "Danish"},
        {"Stockholm", "3", "Swedish"}, {"Zürich", "4", "German;French"}, {"Kraków", "4", "Polish"},
        {"New York", "10", "English;Spanish"}, {"Toronto", "5", "English;French"}, {"São Paulo", "4", "Portuguese;Spanish"},
        {"Bangalore", "8", "English;Hindi;Kannada"}, {"Singapore", "5", "English;Mandarin;Malay"},
    };

    static final String[] EXTRA_LANGUAGES = {"English", "Spanish", "French", "German", "Italian", "Portuguese", "Mandarin",
        "Hindi", "Arabic", "Japanese", "Dutch", "Polish", "Russian", "Turkish", "Korean", "Greek", "Swedish"};

    static final String[] FIRST_NAMES = ("Ada Alan Grace Linus Margaret Dennis Barbara Ken Frances Edsger Radia John Mary "
        + "James Patricia Robert Jennifer Michael Linda William Elizabeth David Susan Richard Jessica Joseph Sarah Thomas "
        + "Karen Charles Nancy Christopher Lisa Daniel Betty Matthew Sandra Anthony Ashley Mark Kimberly Donald Emily Steven "
        + "Donna Paul Michelle Andrew Carol Joshua Amanda Kenneth Melissa Kevin Deborah Brian Stephanie George Rebecca "
        + "Timothy Sharon Ronald Laura Jason Cynthia Edward Amy Jeffrey Angela Ryan Helen Jacob Anna Gary Brenda Nicholas "
        + "Pamela Eric Nicole Jonathan Emma Stephen Samantha Larry Katherine Justin Christine Scott Rachel Olivia Noah Liam "
        + "Sophia Lucas Mia Hannah Leon Lena Felix Clara Jonas Marie Paul Laura Luca Giulia Matteo Chiara Hugo Camille Louis "
        + "Manon Pablo Lucía Javier Carmen Diego Sofía Mateo Valentina João Beatriz Tiago Inês Pieter Femke Daan Sanne "
        + "Lars Ingrid Erik Astrid Mikkel Freja Piotr Agnieszka Tomasz Katarzyna Priya Arjun Ananya Rahul Deepa Vikram Mei "
        + "Wei Jun Li Hiroshi Yuki Kenji Aiko Min-jun Ji-woo Omar Fatima Yusuf Aisha Amara Kwame Chinedu Ngozi Kofi Zanele "
        + "Sipho Ahmed Layla Dmitri Olga Ivan Natalia Mehmet Elif Alexandros Eleni Niamh Ciarán Aoife Saoirse").split(" ");

    /** Accented first names, used now and then to exercise UTF-8. */
    static final String[] ACCENTED_FIRST = {"José", "Zoë", "Søren", "François", "Björn", "Chloé", "Siobhán", "Łukasz",
        "Ángel", "Anaïs", "Jürgen", "Małgorzata", "Renée", "Agustín", "Håkon", "Dóra", "Kōji", "Çağlar", "Žofie", "Noémie"};

    static final String[] LAST_NAMES = ("Lovelace Turing Hopper Torvalds Hamilton Ritchie Liskov Thompson Allen Dijkstra "
        + "Perlman Backus Shaw Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson "
        + "Martin Lee Thompson White Harris Clark Lewis Robinson Walker Young King Wright Scott Green Baker Adams Nelson "
        + "Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook "
        + "Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray "
        + "Hughes Price Sanders Myers Long Ross Foster Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Koch Richter "
        + "Klein Wolf Rossi Russo Ferrari Esposito Bianchi Romano Colombo Dubois Lefebvre Moreau Laurent Girard Lopez "
        + "Gonzalez Rodriguez Fernandez Sanchez Ramirez Torres Silva Santos Oliveira Costa Pereira Jansen Visser Bakker "
        + "Hansen Nielsen Larsen Johansson Lindqvist Nowak Kowalski Wisniewski Patel Sharma Gupta Singh Iyer Reddy Nair "
        + "Wang Zhang Chen Liu Tanaka Suzuki Sato Watanabe Kim Park Choi Khan Hassan Ali Okafor Mensah Adeyemi Dlamini "
        + "Ivanov Petrov Yilmaz Kaya Papadopoulos Murray Byrne Walsh Fraser Campbell").split(" ");

    static final String[] ACCENTED_LAST = {"Müller", "García", "Núñez", "Ødegaard", "Nguyễn", "Søndergaard", "Łopez",
        "Čapek", "Dvořák", "Gómez", "Álvarez", "Björklund", "Öztürk", "Kovačević", "Lefèvre", "Brontë", "Håland", "Đorđević"};

    static final String[] SPECIAL_LAST = {"O'Brien", "O'Neill", "D'Angelo", "Smith-Jones", "van der Berg", "de la Cruz",
        "Al-Sayed", "MacDonald", "St. Clair", "Ó Súilleabháin"};

    static final String[] NICKNAMES = {"Bo", "Max", "Sunny", "Kit", "Jazz", "Ace", "Doc", "Red", "Sky", "Bear"};

    /** Domains: key, families of departments they appeal to, domain words, phrases (two adjacent words). */
    static final String[][] DOMAINS = {
        {"cloud", "eng it sec", "cluster node region instance autoscaling container deployment provisioning workload tenancy "
            + "availability failover capacity ingress storage latency migration replica quota billing outage egress",
            "service mesh|control plane|load balancer|cloud costs|disaster recovery|landing zone"},
        {"data", "data research eng", "dataset pipeline schema warehouse feature model training inference evaluation notebook "
            + "query partition cohort metric label baseline bias variance accuracy drift lineage sampling",
            "feature store|data quality|training data|ground truth|data contract|model drift"},
        {"security", "sec it legal", "vulnerability threat risk patch exploit incident audit policy access secret certificate "
            + "encryption attacker phishing firewall hardening exposure remediation advisory breach mitigation control",
            "least privilege|zero trust|attack surface|security review|secret rotation|supply chain"},
        {"frontend", "eng design", "browser component layout rendering bundle state props hydration viewport animation "
            + "responsive dom event selector router styling markup widget interaction theme storybook lighthouse",
            "design tokens|page load|user interface|screen reader|web vitals|dark mode"},
        {"backend", "eng data", "service endpoint request response throughput thread queue cache transaction concurrency "
            + "connection payload backpressure timeout retry idempotency serialization dependency framework library build",
            "connection pool|rate limiting|error handling|unit tests|code review|tech debt"},
        {"delivery", "eng it", "release deploy rollout rollback environment artifact branch merge flaky automation runbook "
            + "oncall toil postmortem alert reliability uptime canary pipeline build regression hotfix",
            "feature flags|continuous delivery|lead time|error budget|trunk based|deployment frequency"},
        {"product", "product design marketing", "customer roadmap discovery feedback outcome hypothesis persona journey backlog "
            + "priority launch stakeholder insight opportunity requirement problem market value strategy iteration experiment",
            "user needs|product roadmap|user stories|minimum viable|impact mapping|customer problem"},
        {"people", "hr exec support", "team manager feedback growth career coaching culture trust meeting onboarding "
            + "delegation motivation burnout recognition goal conversation ladder promotion retention morale wellbeing hybrid",
            "psychological safety|career growth|team health|performance review|skip level|growth mindset"},
        {"finance", "finance exec ops", "budget forecast cost revenue margin expense invoice ledger variance quarter approval "
            + "spend savings cashflow audit reporting allocation accrual capex opex headcount fiscal",
            "cost centre|purchase order|month end|year end|business case|total cost"},
        {"gtm", "sales marketing support", "customer lead prospect deal pipeline quota campaign audience message positioning "
            + "persona segment renewal upsell churn account territory demo webinar event brand channel",
            "sales cycle|win rate|customer journey|go live|net promoter|lead generation"},
        {"social", "", "weekend club meetup group season photo trip beginner gear practice community challenge event fun "
            + "friends outdoors hobby session share newcomers favourite route",
            "lunch break|after work|weekend trip|beginners welcome|monthly meetup|personal best"},
        {"mobile", "eng design", "app device release store screen gesture notification offline battery permission crash "
            + "build simulator emulator tablet orientation deeplink biometric install update accessibility",
            "app store|push notifications|crash rate|offline first|release train|screen sizes"},
    };

    /** Topics: slug, display name, domain, topic words. */
    static final String[][] TOPICS = {
        {"kubernetes", "Kubernetes", "cloud", "kubectl pod helm operator namespace daemonset statefulset kubelet etcd configmap sidecar probe scheduler taint toleration manifest kustomize crd"},
        {"terraform", "Terraform", "cloud", "module provider state plan apply drift workspace backend hcl variable output import lockfile registry resource datasource refactoring pulumi"},
        {"serverless", "Serverless", "cloud", "lambda function coldstart trigger eventbridge invocation timeout concurrency stepfunctions queue handler runtime payload throttling faas knative edge cron"},
        {"aws", "AWS", "cloud", "ec2 s3 iam vpc cloudwatch dynamodb rds route53 cloudfront fargate eks bucket subnet gateway sqs sns kinesis organizations"},
        {"observability", "Observability", "cloud", "metrics tracing logging prometheus grafana opentelemetry dashboard alerting span cardinality exemplar histogram sampling loki jaeger slo telemetry profiling"},
        {"machine-learning", "Machine Learning", "data", "regression classifier gradient overfitting hyperparameter embedding clustering xgboost scikit crossvalidation precision recall ensemble tokenizer finetuning regularization epoch mlops"},
        {"statistics", "Statistics", "data", "hypothesis pvalue confidence bayesian prior posterior distribution median quantile bootstrap anova correlation causality estimator likelihood significance outlier variance"},
        {"data-engineering", "Data Engineering", "data", "spark airflow kafka parquet dbt ingestion batch streaming orchestration backfill deduplication iceberg lakehouse connector cdc compaction snowflake dag"},
        {"analytics", "Analytics", "data", "dashboard kpi funnel retention segmentation looker tableau attribution conversion churn report drilldown benchmark trend seasonality forecast adoption northstar"},
        {"deep-learning", "Deep Learning", "data", "transformer attention pytorch tensorflow convolution backpropagation gpu dropout activation llm diffusion encoder decoder quantization distillation checkpoint batchnorm prompt"},
        {"appsec", "AppSec", "security", "owasp xss injection csrf sast dast dependency sbom fuzzing sanitizer deserialization pentest bounty codeql semgrep cve linting sandbox"},
        {"identity", "Identity & Access", "security", "oauth oidc saml sso mfa token jwt keycloak session federation scim provisioning rbac claims passkey webauthn consent directory"},
        {"cryptography", "Cryptography", "security", "cipher aes rsa elliptic hash hmac nonce entropy signature keystore tls handshake pki hsm kms rotation postquantum salt"},
        {"threat-modeling", "Threat Modeling", "security", "stride dread dataflow trust boundary adversary asset abuse scenario diagram attacktree likelihood impact spoofing tampering repudiation elevation assumption"},
        {"compliance", "Compliance", "security", "gdpr soc2 iso27001 hipaa pci evidence auditor retention privacy dpia regulator attestation framework governance certification controls processor residency"},
        {"react", "React", "frontend", "hooks jsx redux nextjs suspense memo reducer context useeffect fiber reconciliation vite remix zustand portal ssr rsc rerender"},
        {"accessibility", "Accessibility", "frontend", "aria wcag contrast focus keyboard alt landmark captions semantic dyslexia colourblind voiceover nvda tabindex announcement legibility inclusive audit"},
        {"css", "CSS", "frontend", "flexbox grid cascade specificity tailwind sass variables media container keyframes pseudo nesting typography spacing breakpoint transform clamp subgrid"},
        {"typescript", "TypeScript", "frontend", "generics interface union narrowing inference tsconfig enum typings declaration strictness decorator tuple mapped conditional zod compiler monorepo eslint"},
        {"design-systems", "Design Systems", "frontend", "tokens pattern library figma variant iconography documentation adoption governance palette primitives contribution versioning consistency guideline button modal spacing"},
        {"java", "Java", "backend", "jvm spring quarkus jakarta hibernate maven gradle lombok records virtual loom garbage heap jit junit jpa wildfly bytecode"},
        {"python", "Python", "backend", "django flask fastapi pip poetry virtualenv asyncio pandas numpy pytest typing mypy decorator generator gil wheel pydantic uvicorn"},
        {"golang", "Go", "backend", "goroutine channel interface gofmt module defer panic context mutex waitgroup generics struct pointer slice linter gin cobra pprof"},
        {"databases", "Databases", "backend", "postgres mysql index vacuum replication sharding deadlock isolation wal explain join normalization migration mongodb redis cassandra cursor constraint"},
        {"api-design", "API Design", "backend", "rest graphql grpc openapi versioning pagination hateoas webhook contract resource status header idempotent deprecation sdk schema protobuf gateway"},
        {"ci-cd", "CI/CD", "delivery", "jenkins github actions gitlab runner workflow cache matrix argo spinnaker buildkite dockerfile image registry semver changelog tagging gitops"},
        {"testing", "Testing", "delivery", "unit integration e2e mock stub fixture coverage mutation property contract selenium playwright cypress testcontainers assertion snapshot tdd bdd"},
        {"site-reliability", "Site Reliability", "delivery", "sre slo sli availability burn capacity chaos failover redundancy saturation resilience degradation loadshedding circuit breaker autoscaling blameless dependency"},
        {"incident-management", "Incident Management", "delivery", "severity pager escalation triage commander timeline responder statuspage rca mitigation comms handover followup pagerduty opsgenie war bridge retrospective"},
        {"performance", "Performance", "delivery", "profiling benchmark flamegraph latency throughput percentile jitter allocation bottleneck tuning warmup jmh gatling k6 load soak optimisation regression"},
        {"product-management", "Product Management", "product", "prd okr prioritisation rice epic story sprint release scope tradeoff alignment vision pm portfolio pricing packaging sunset kickoff"},
        {"user-research", "User Research", "product", "interview survey usability diary recruitment synthesis affinity observation participant moderated unmoderated insight persona script recording consent panel ethnography"},
        {"roadmapping", "Roadmapping", "product", "horizon milestone theme quarter commitment dependency sequencing capacity initiative timeline estimate confidence bet appetite planning gantt outcome review"},
        {"experimentation", "Experimentation", "product", "abtest variant control treatment uplift power randomisation guardrail holdout novelty exposure peeking sequential bandit metric rollout flag significance"},
        {"product-discovery", "Product Discovery", "product", "prototype assumption validation sketch workshop ideation storyboard fakedoor concierge wizard spike solution opportunity tree framing evidence pivot kano"},
        {"leadership", "Leadership", "people", "vision influence decision accountability empathy authenticity servant strategy transparency ownership alignment succession execution principles storytelling humility courage sponsorship"},
        {"mentoring", "Mentoring", "people", "mentor mentee pairing guidance shadowing apprenticeship reverse circle cohort session reflection advice network journal challenge learning skills confidence"},
        {"hiring", "Hiring", "people", "recruiter sourcing pipeline interview loop rubric scorecard offer referral candidate bar calibration debrief onsite takehome assessment employer branding"},
        {"diversity-inclusion", "Diversity & Inclusion", "people", "belonging equity allyship representation neurodiversity erg bias pronouns intersectionality privilege microaggression inclusive outreach pay gap sponsorship celebration accessibility"},
        {"remote-work", "Remote Work", "people", "async timezone homeoffice coworking standup video zoom slack documentation handbook overlap offsite distributed commute ergonomics headset isolation writing"},
        {"budgeting", "Budgeting", "finance", "envelope zero baseline reforecast phasing owner template spreadsheet submission target cap contingency reserve tracking overspend underspend rollover signoff"},
        {"forecasting", "Forecasting", "finance", "driver scenario sensitivity rolling model assumption accuracy pipeline bookings arr mrr projection trendline seasonality backtest consensus outlook range"},
        {"procurement", "Procurement", "finance", "vendor supplier contract rfp tender negotiation sourcing catalogue requisition po onboarding diligence renewal licence saas spendcube category tail"},
        {"accounting", "Accounting", "finance", "journal reconciliation close gaap ifrs depreciation amortisation receivable payable balance sheet statement entry posting accrual subledger consolidation tax"},
        {"financial-planning", "Financial Planning", "finance", "plan longrange planning capital investment portfolio roi npv payback valuation prioritisation funding board approval target kpi unit economics"},
        {"sales-enablement", "Sales Enablement", "gtm", "playbook battlecard objection discovery qualification meddic crm salesforce forecast coaching call recording onboarding certification pitch deck champion proposal"},
        {"content-marketing", "Content Marketing", "gtm", "blog editorial calendar newsletter ebook whitepaper casestudy copywriting headline distribution repurposing podcast video storytelling engagement subscriber byline brief"},
        {"seo", "SEO", "gtm", "keyword ranking backlink crawl sitemap metadata canonical serp snippet intent indexing pagerank anchor schema authority redirect robots vitals"},
        {"customer-success", "Customer Success", "gtm", "adoption health score qbr onboarding renewal expansion escalation advocacy nps csat touchpoint playbook ticket sla churn success plan"},
        {"brand", "Brand", "gtm", "identity logo voice tone guidelines typography colour mascot tagline perception awareness merchandise rebrand refresh story values mission visual"},
        {"running", "Running", "social", "marathon parkrun tempo interval pace trail shoes stride cadence taper halfmarathon ultra strava hills recovery splits longrun injury"},
        {"photography", "Photography", "social", "camera lens aperture shutter iso exposure composition lightroom raw prime zoom portrait landscape bokeh tripod film darkroom golden"},
        {"cooking", "Cooking", "social", "recipe sourdough fermentation knife braise spice umami kitchen baking pasta curry marinade stock roast vegetarian seasonal dumplings ramen"},
        {"board-games", "Board Games", "social", "catan meeple deckbuilding coop legacy dice campaign expansion worker placement euro wargame tabletop rulebook scoring strategy bluffing dungeon"},
        {"cycling", "Cycling", "social", "bike commute gravel peloton saddle derailleur cadence climb sportive zwift puncture helmet chain gears tubeless ebike velodrome audax"},
        {"android", "Android", "mobile", "kotlin jetpack compose gradle activity fragment intent viewmodel room hilt coroutine playstore apk aab manifest proguard lifecycle workmanager"},
        {"ios", "iOS", "mobile", "swift swiftui uikit xcode testflight cocoapods spm combine appkit storyboard codable arc delegate coredata instruments provisioning entitlement widget"},
        {"kotlin", "Kotlin", "mobile", "multiplatform ktor coroutines flow sealed dataclass extension nullability dsl inline suspend kapt ksp arrow exposed koin detekt idiomatic"},
        {"swift", "Swift", "mobile", "optionals protocol actor async await struct enum closure generics macros vapor playgrounds package property wrapper result concurrency sendable"},
        {"react-native", "React Native", "mobile", "expo metro hermes bridge jsi turbomodules fabric codepush flipper reanimated navigation native module hotreload eas flatlist detox pods"},
    };

    static final String FILLER = "the the the the a a a an and and and or but so we we our us i my you your they their it "
        + "it this that these those is is are was were be been have has had do did will would could should can may might "
        + "not no very really quite just also still already again more less most some any every each many few other same "
        + "new old good better best bad big small first last next early late simple hard easy clear useful important "
        + "interesting tricky obvious honest quick slow week month year day time people work way thing part idea question "
        + "answer example case point lesson change step approach result process tool setup project effort start finish "
        + "try tried learned found noticed started moved built wrote shared asked helped made took used using make take "
        + "use need want like think know see look keep get got go went come came after before during while when where why "
        + "how what which who because since until about around across between through into from with without for for "
        + "of of of in in in on on at by to to to up down out over under then than there here now today yesterday "
        + "recently finally together instead maybe probably actually usually often sometimes never always overall mostly "
        + "whole half enough both all own";

    /** A domain word found in a handful of posts only (never in the vocabularies above). */
    static final String RARE_WORD = "hyperloglog";

    static final String[] NETWORK_KINDS = {"Community", "Guild", "Circle", "Forum", "Network"};
    static final String[] QUALIFIERS = {"Applied", "Practical", "Advanced", "Open", "Modern", "Friends of", "Women in",
        "Junior", "Senior", "Emerging", "Hands-on", "Responsible", "Everyday", "Global", "Nordic", "EMEA", "APAC", "Americas"};

    static final String[] TITLE_TEMPLATES = {
        "How we moved from {D} to {D}", "Lessons learned from our {D} {D} rollout", "Notes on {D} and {D} in {T}",
        "Why {D} matters for {T}", "A practical guide to {D} {D}", "What I wish I knew about {D} earlier",
        "{T}: {D} and {D} in practice", "Five things nobody tells you about {D}", "Our first year with {D} {D}",
        "Is {D} still worth it in {Y}?", "Scaling {D} across {N} teams", "Quick tip: {D} with {D}",
        "Weekly {T} roundup: {D}, {D} and {D}", "Ask the community: {D} or {D}?", "Retrospective on the {D} {D} project",
        "From {D} to {D}: a migration story", "Demystifying {D} for {T} newcomers", "When {D} meets {D}",
        "Proposal: a shared {D} for every team", "The hidden cost of {D}", "Pairing session recap on {D} and {D}",
        "Help wanted with {D} {D} setup", "Measuring {D} without losing your mind", "Reading list: {T} and {D}",
        "Show and tell: our new {D} {D}", "Ten minutes on {D}, {D} and {D}", "Draft {D} guidelines for {T}",
    };

    static final String[] COMMENT_OPENERS = {"Great post!", "Thanks for sharing.", "+1 to this.", "Interesting.", "Agreed.",
        "Hmm,", "Nice write-up.", "Good question.", "Same here.", "Thanks!", "Love this.", "Quick question:",
        "We tried this too.", "Not sure I agree.", "Bookmarking this."};

    static final int[] OPENER_WORDS = Arrays.stream(COMMENT_OPENERS).mapToInt(o -> o.split(" ").length).toArray();

    static final String[] MEET_CADENCE = {"every week", "every other week", "once a month", "each quarter", "on Fridays",
        "over lunch", "whenever someone has something to show"};

    // ------------------------------------------------------------------------------------------------ state

    final SplittableRandom rng;
    final String scale;
    final long seed;
    final long now;
    final Path out;

    // sizes
    final int nPeople, nNetworks, nPosts, nComments, nThanks, nQuestions;
    static final int BUSY_COMMENTS = 200;
    static final int BUSY_ANSWERS = 100;

    // words
    final List<String> words = new ArrayList<>();
    final Map<String, Integer> wordIds = new HashMap<>();
    String[] word;         // by id
    String[] capWord;      // capitalised, by id
    boolean[] domainWord;  // a vocabulary word (not filler)
    int[] filler;          // word ids
    int[][] topicVocab;    // topic -> word ids (Zipf-ordered)
    double[][] topicCum;   // topic -> cumulative Zipf weights
    int[] topicDomain;
    int[][] domainTopics;
    String[][] domainPhrases;
    String[] phrase;       // by phrase id
    int[][] domainPhraseIds;
    double[] topicPopularity;
    double topicPopTotal;
    double[] topicPopCum;

    // people
    String[] pName, pEmail, pTitle, pLangs;
    int[] pDept, pManager, pCity;
    long[] pHire;          // epoch seconds, midnight UTC
    double[] pAct;         // activity (authoring)
    double[] socCum;       // cumulative sociability
    double[] actCum;       // cumulative activity
    int[][] deptPeople;
    String[] deptName;
    String[] deptFamily;
    int ceo;
    Map<String, int[]> familyPeople = new HashMap<>();

    // networks
    String[] nName, nDesc, nPurpose, nWho, nVisibility, nAccess, nJoinPolicy, nPosting, nStatus;
    int[][] nTopics, nDepts;
    int[] nCreator, nDomain;
    long[] nCreated;
    int[][] nMem;          // members sorted by join time (creator first)
    long[][] nJoin;
    byte[][] nRole;        // 0 member, 1 moderator, 2 owner
    double[][] nMemCum;    // cumulative activity over nMem
    int[][] nMods;         // indexes into nMem of owner + moderators (by join time)
    double[][] nModCum;

    // posts
    int[] postNet, postAuthor, postTopic, postComments;
    long[] postTime;
    boolean[] postRare;
    int[] order;           // output order of post indexes (index 0 = b1)

    // stats
    final long[] typeCounts = new long[9]; // person network member post comment thanks question answer vote
    static final String[] TYPES = {"person", "network", "member", "post", "comment", "thanks", "question", "answer", "vote"};
    static final String[] PLURALS = {"persons", "networks", "members", "posts", "comments", "thanks", "questions", "answers",
            "votes"};
    long records;
    long started = System.nanoTime();
    int[] df;
    int[] lastSeen;
    int[] phraseDf;
    int[] phraseLastSeen;
    int currentDoc = -1;
    long replies, personalPosts, rarePosts;
    long hrRows;

    Seed(String scale, long seed, long now, Path out) {
        this.scale = scale;
        this.seed = seed;
        this.now = now;
        this.out = out;
        this.rng = new SplittableRandom(seed);
        int div = scale.equals("large") ? 1 : 50;
        nPeople = 50_000 / div;
        nNetworks = 5_000 / div;
        nPosts = 200_000 / div;
        nComments = 800_000 / div;
        nThanks = 600_000 / div;
        nQuestions = 20_000 / div;
    }

    public static void main(String[] args) throws IOException {
        String scale = null;
        long seed = 42;
        String nowText = "2026-11-01T00:00:00Z";
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = args[++i];
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--now" -> nowText = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (scale == null || !(scale.equals("small") || scale.equals("large"))) {
            usage("--scale small|large is required");
        }
        if (out == null) {
            usage("--out DIR is required");
        }
        Files.createDirectories(out);
        var seeder = new Seed(scale, seed, Instant.parse(nowText).getEpochSecond(), out);
        seeder.run();
    }

    static void usage(String problem) {
        System.err.println("Seed: " + problem);
        System.err.println("usage: java bench/seed/Seed.java --scale small|large [--seed N] [--now ISO-INSTANT] --out DIR");
        System.exit(2);
    }

    void run() throws IOException {
        buildVocabulary();
        log("vocabulary: " + words.size() + " words, " + TOPICS.length + " topics in " + DOMAINS.length + " domains");
        buildPeople();
        log("people: " + nPeople + " in " + DEPARTMENTS.length + " departments");
        buildNetworks();
        log("networks: " + nNetworks + ", memberships: " + totalMembers());
        planPosts();
        log("posts planned: " + nPosts + " posts, " + nComments + " comments");
        writeHr();
        writeContent();
        writeManifest();
        double secs = (System.nanoTime() - started) / 1e9;
        var sb = new StringBuilder("done in ").append(String.format(Locale.ROOT, "%.1f", secs)).append(" s:");
        for (int t = 0; t < TYPES.length; t++) {
            sb.append(' ').append(TYPES[t]).append('=').append(typeCounts[t]);
        }
        sb.append(" hrRows=").append(hrRows).append(" replies=").append(replies).append(" personalPosts=").append(personalPosts);
        sb.append(" | hr-directory.csv ").append(Files.size(out.resolve("hr-directory.csv")))
                .append(" B, content.jsonl ").append(Files.size(out.resolve("content.jsonl"))).append(" B");
        log(sb.toString());
    }

    void log(String message) {
        System.err.printf(Locale.ROOT, "[seed %6.1fs] %s%n", (System.nanoTime() - started) / 1e9, message);
    }

    // ------------------------------------------------------------------------------------------------ random helpers

    int between(int lo, int hi) { // inclusive
        return lo + rng.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    double expo(double mean) {
        return -Math.log(1 - rng.nextDouble()) * mean;
    }

    static int pick(double[] cum, double u) { // first index with cum[i] > u
        int lo = 0, hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    int pickCum(double[] cum) {
        return pick(cum, rng.nextDouble() * cum[cum.length - 1]);
    }

    /** Index in [0, k) weighted by cum (only its first k entries). */
    int pickPrefix(double[] cum, int k) {
        double u = rng.nextDouble() * cum[k - 1];
        int lo = 0, hi = k - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > u) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /** Number of entries of the sorted array strictly below t. */
    static int countBelow(long[] sorted, long t) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    <T> T one(T[] items) {
        return items[rng.nextInt(items.length)];
    }

    void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }

    // ------------------------------------------------------------------------------------------------ vocabulary

    int wordId(String w) {
        Integer id = wordIds.get(w);
        if (id == null) {
            id = words.size();
            words.add(w);
            wordIds.put(w, id);
        }
        return id;
    }

    void buildVocabulary() {
        Set<String> vocab = new HashSet<>();
        for (var d : DOMAINS) vocab.addAll(Arrays.asList(d[2].split(" ")));
        for (var t : TOPICS) vocab.addAll(Arrays.asList(t[3].split(" ")));
        if (vocab.contains(RARE_WORD)) throw new IllegalStateException("rare word is in the vocabulary");
        int nd = DOMAINS.length;
        domainTopics = new int[nd][];
        domainPhraseIds = new int[nd][];
        List<String> phrases = new ArrayList<>();
        Map<String, Integer> domainIndex = new HashMap<>();
        for (int d = 0; d < nd; d++) {
            domainIndex.put(DOMAINS[d][0], d);
            String[] ps = DOMAINS[d][3].split("\\|");
            domainPhraseIds[d] = new int[ps.length];
            for (int i = 0; i < ps.length; i++) {
                int idx = phrases.indexOf(ps[i]);
                if (idx < 0) { idx = phrases.size(); phrases.add(ps[i]); }
                domainPhraseIds[d][i] = idx;
            }
        }
        phrase = phrases.toArray(new String[0]);
        int nt = TOPICS.length;
        topicVocab = new int[nt][];
        topicCum = new double[nt][];
        topicDomain = new int[nt];
        List<List<Integer>> byDomain = new ArrayList<>();
        for (int d = 0; d < nd; d++) byDomain.add(new ArrayList<>());
        for (int t = 0; t < nt; t++) {
            int d = domainIndex.get(TOPICS[t][2]);
            topicDomain[t] = d;
            byDomain.get(d).add(t);
            List<Integer> ids = new ArrayList<>();
            for (String w : TOPICS[t][3].split(" ")) { int id = wordId(w); if (!ids.contains(id)) ids.add(id); }
            for (String w : DOMAINS[d][2].split(" ")) { int id = wordId(w); if (!ids.contains(id)) ids.add(id); }
            int[] arr = ids.stream().mapToInt(Integer::intValue).toArray();
            shuffle(arr); // which words are frequent depends on the seed
            topicVocab[t] = arr;
            topicCum[t] = new double[arr.length];
            double acc = 0;
            for (int i = 0; i < arr.length; i++) { acc += 1.0 / Math.pow(i + 1, 0.9); topicCum[t][i] = acc; }
        }
        for (int d = 0; d < nd; d++) domainTopics[d] = byDomain.get(d).stream().mapToInt(Integer::intValue).toArray();
        int nDomainWords = words.size();
        List<Integer> fillerIds = new ArrayList<>();
        for (String w : FILLER.split(" ")) {
            if (vocab.contains(w)) continue;
            fillerIds.add(wordId(w));
        }
        filler = fillerIds.stream().mapToInt(Integer::intValue).toArray();
        word = words.toArray(new String[0]);
        capWord = new String[word.length];
        domainWord = new boolean[word.length];
        for (int i = 0; i < word.length; i++) {
            capWord[i] = Character.toUpperCase(word[i].charAt(0)) + word[i].substring(1);
            domainWord[i] = i < nDomainWords;
        }
        df = new int[word.length];
        lastSeen = new int[word.length];
        Arrays.fill(lastSeen, -1);
        phraseDf = new int[phrase.length];
        phraseLastSeen = new int[phrase.length];
        Arrays.fill(phraseLastSeen, -1);
        // topic popularity: Zipf over a seeded permutation
        int[] perm = new int[nt];
        for (int i = 0; i < nt; i++) perm[i] = i;
        shuffle(perm);
        topicPopularity = new double[nt];
        for (int i = 0; i < nt; i++) topicPopularity[perm[i]] = 1.0 / Math.pow(i + 1, 0.6);
        topicPopCum = new double[nt];
        double acc = 0;
        for (int t = 0; t < nt; t++) { acc += topicPopularity[t]; topicPopCum[t] = acc; }
    }

    int topicWord(int t) {
        return topicVocab[t][pickCum(topicCum[t])];
    }

    // ------------------------------------------------------------------------------------------------ people

    void buildPeople() {
        int n = nPeople;
        // hire dates over 20 years, more of them recent; employee ids follow the hire date
        long span = 20L * 365 * 86400;
        long[] hires = new long[n];
        for (int i = 0; i < n; i++) {
            long ago = 7 * 86400L + (long) (span * Math.pow(rng.nextDouble(), 1.5));
            hires[i] = Math.floorDiv(now - ago, 86400L) * 86400L;
        }
        Arrays.sort(hires);
        pHire = hires;
        // names and unique emails
        pName = new String[n];
        pEmail = new String[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String first = chance(0.03) ? one(ACCENTED_FIRST) : one(FIRST_NAMES);
            double r = rng.nextDouble();
            String last = r < 0.03 ? one(ACCENTED_LAST) : r < 0.045 ? one(SPECIAL_LAST) : one(LAST_NAMES);
            String display = chance(0.002) ? first + " \"" + one(NICKNAMES) + "\" " + last : first + " " + last;
            if (i == 0) { first = "José"; last = "Núñez"; display = "José Núñez"; }
            if (i == 1) { first = "Zoë"; last = "Brontë"; display = "Zoë Brontë"; }
            if (i == 2) { first = "Søren"; last = "Ødegaard"; display = "Søren Ødegaard"; }
            pName[i] = display;
            String base = fold(first) + "." + fold(last);
            int count = seen.merge(base, 1, Integer::sum);
            pEmail[i] = count == 1 ? base : base + count;
        }
        // activity (who writes) and sociability (who joins): Zipf over a random permutation
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) rank[i] = i;
        shuffle(rank);
        pAct = new double[n];
        actCum = new double[n];
        socCum = new double[n];
        double a = 0, s = 0;
        for (int i = 0; i < n; i++) {
            pAct[i] = 1.0 / Math.pow(rank[i] + 20, 0.7);
            a += pAct[i];
            s += 1.0 / Math.pow(rank[i] + 10, 0.45);
            actCum[i] = a;
            socCum[i] = s;
        }
        // departments
        int nd = DEPARTMENTS.length;
        deptName = new String[nd];
        deptFamily = new String[nd];
        double total = 0;
        for (var d : DEPARTMENTS) total += Double.parseDouble(d[2]);
        int[] size = new int[nd];
        int assigned = 0, biggest = 0;
        for (int d = 0; d < nd; d++) {
            deptName[d] = DEPARTMENTS[d][0];
            deptFamily[d] = DEPARTMENTS[d][1];
            size[d] = Math.max(4, (int) Math.round(n * Double.parseDouble(DEPARTMENTS[d][2]) / total));
            assigned += size[d];
            if (size[d] > size[biggest]) biggest = d;
        }
        size[biggest] += n - assigned;
        int[] everyone = new int[n];
        for (int i = 0; i < n; i++) everyone[i] = i;
        shuffle(everyone);
        pDept = new int[n];
        pManager = new int[n];
        pTitle = new String[n];
        pCity = new int[n];
        pLangs = new String[n];
        Arrays.fill(pManager, -1);
        deptPeople = new int[nd][];
        double[] cityCum = new double[CITIES.length];
        double c = 0;
        for (int i = 0; i < CITIES.length; i++) { c += Double.parseDouble(CITIES[i][1]); cityCum[i] = c; }
        int pos = 0;
        int[] heads = new int[nd];
        for (int d = 0; d < nd; d++) {
            int[] members = Arrays.copyOfRange(everyone, pos, pos + size[d]);
            pos += size[d];
            Arrays.sort(members); // by employee id = by hire date: earlier hires tend to manage
            deptPeople[d] = members;
            for (int p : members) pDept[p] = d;
            // head: one of the three earliest hires
            int h = rng.nextInt(Math.min(3, members.length));
            int t = members[0]; members[0] = members[h]; members[h] = t;
            heads[d] = members[0];
        }
        ceo = heads[0];
        for (int d = 0; d < nd; d++) {
            int[] members = deptPeople[d];
            String family = deptFamily[d];
            String[] ics = FAMILIES.get(family)[0];
            String[] mgrs = FAMILIES.get(family)[1];
            int head = members[0];
            pTitle[head] = DEPARTMENTS[d][3].isEmpty() ? "Head of " + deptName[d] : DEPARTMENTS[d][3];
            pManager[head] = d == 0 ? -1 : ceo;
            pCity[head] = d == 0 ? 0 : pick(cityCum, rng.nextDouble() * c);
            // breadth-first: each manager takes 3..12 reports from the people not yet placed
            int[] queue = new int[members.length];
            int[] depth = new int[nPeople > 0 ? members.length : 0];
            int qh = 0, qt = 0;
            queue[qt++] = 0;
            int next = 1;
            while (next < members.length) {
                int mi = queue[qh++];
                int manager = members[mi];
                int r = members.length - next;
                int k = between(3, 12);
                if (k > r) k = r;
                if (r - k > 0 && r - k < 3) k = r <= 12 ? r : r - 3;
                for (int j = 0; j < k; j++) {
                    int p = members[next];
                    pManager[p] = manager;
                    pCity[p] = chance(0.7) ? pCity[manager] : pick(cityCum, rng.nextDouble() * c);
                    depth[next] = depth[mi] + 1;
                    queue[qt++] = next;
                    next++;
                }
                if (mi != 0) {
                    pTitle[manager] = depth[mi] == 1 ? mgrs[mgrs.length - 1] : mgrs[rng.nextInt(Math.max(1, mgrs.length - 1))];
                }
            }
            for (int j = 1; j < members.length; j++) {
                if (pTitle[members[j]] == null) pTitle[members[j]] = one(ics);
            }
        }
        // languages: the city's, English for most, now and then another
        for (int i = 0; i < n; i++) {
            List<String> langs = new ArrayList<>();
            String[] local = CITIES[pCity[i]][2].split(";");
            langs.add(local[0]);
            if (local.length > 1 && chance(0.5)) langs.add(local[1 + rng.nextInt(local.length - 1)]);
            if (!langs.contains("English") && chance(0.8)) langs.add("English");
            if (langs.size() < 3 && chance(0.2)) {
                String extra = one(EXTRA_LANGUAGES);
                if (!langs.contains(extra)) langs.add(extra);
            }
            pLangs[i] = String.join(";", langs);
        }
        // people by family, for network affinity
        Map<String, List<Integer>> fam = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) fam.computeIfAbsent(deptFamily[pDept[i]], k -> new ArrayList<>()).add(i);
        for (var e : fam.entrySet()) familyPeople.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
    }

    /** ASCII, lower case, for email local parts: "Søren" -> "soren", "O'Brien" -> "obrien". */
    static String fold(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-') sb.append(ch);
        }
        return sb.toString();
    }

    static String nameKey(String name) { // as Guildhall compares network names
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    // ------------------------------------------------------------------------------------------------ networks

    long totalMembers() {
        long t = 0;
        for (int[] m : nMem) t += m.length;
        return t;
    }

    void buildNetworks() {
        int m = nNetworks;
        nName = new String[m]; nDesc = new String[m]; nPurpose = new String[m]; nWho = new String[m];
        nVisibility = new String[m]; nAccess = new String[m]; nJoinPolicy = new String[m]; nPosting = new String[m];
        nStatus = new String[m]; nTopics = new int[m][]; nDepts = new int[m][]; nCreator = new int[m]; nDomain = new int[m];
        nCreated = new long[m]; nMem = new int[m][]; nJoin = new long[m][]; nRole = new byte[m][]; nMemCum = new double[m][];
        nMods = new int[m][]; nModCum = new double[m][];
        // sizes: Zipf-like long tail, n1 the largest
        int[] size = new int[m];
        double top = Math.max(nPeople * 0.06, 40);
        for (int r = 0; r < m; r++) {
            double s = top / Math.pow(r + 1, 0.7);
            if (r > 0) s *= 0.7 + 0.6 * rng.nextDouble();
            size[r] = (int) Math.max(5, Math.round(s));
        }
        size[0] = (int) Math.round(top);
        for (int r = 1; r < m; r++) size[r] = Math.min(size[r], size[0] - 1);
        Set<String> names = new HashSet<>();
        long fiveYears = 5L * 365 * 86400;
        int[] mark = new int[nPeople];
        Arrays.fill(mark, -1);
        for (int r = 0; r < m; r++) {
            // topics: a primary one (by popularity), up to four more, mostly from its domain
            int primary = pickCum(topicPopCum);
            int d = topicDomain[primary];
            nDomain[r] = d;
            int want = between(1, 5);
            List<Integer> topics = new ArrayList<>();
            topics.add(primary);
            for (int tries = 0; topics.size() < want && tries < 20; tries++) {
                int t = chance(0.75) ? domainTopics[d][rng.nextInt(domainTopics[d].length)] : pickCum(topicPopCum);
                if (!topics.contains(t)) topics.add(t);
            }
            nTopics[r] = topics.stream().mapToInt(Integer::intValue).toArray();
            // name
            String name = networkName(primary, topics);
            String key = nameKey(name);
            if (names.contains(key)) {
                for (int k = 2; ; k++) {
                    String candidate = name + " " + k;
                    if (!names.contains(nameKey(candidate))) { name = candidate; key = nameKey(candidate); break; }
                }
            }
            names.add(key);
            nName[r] = name;
            // departments: 0..3, favouring the domain's families
            String[] fams = DOMAINS[d][1].isEmpty() ? new String[0] : DOMAINS[d][1].split(" ");
            int nDep = chance(0.4) ? 0 : between(1, 3);
            List<Integer> deps = new ArrayList<>();
            for (int tries = 0; deps.size() < nDep && tries < 30; tries++) {
                int dep = rng.nextInt(DEPARTMENTS.length);
                if (fams.length > 0 && chance(0.7)) {
                    String f = one(fams);
                    if (!deptFamily[dep].equals(f)) continue;
                }
                if (!deps.contains(dep)) deps.add(dep);
            }
            nDepts[r] = deps.stream().mapToInt(Integer::intValue).toArray();
            // settings
            boolean hidden = r > 0 && chance(0.15);
            nVisibility[r] = hidden ? "hidden" : "listed";
            nAccess[r] = r == 0 ? "public" : chance(hidden ? 0.6 : 0.188) ? "members_only" : "public";
            double jp = rng.nextDouble();
            nJoinPolicy[r] = r == 0 ? "open" : hidden ? (jp < 0.2 ? "open" : jp < 0.5 ? "request" : "invitation")
                    : (jp < 0.65 ? "open" : jp < 0.92 ? "request" : "invitation");
            nPosting[r] = r > 0 && chance(0.1) ? "moderators" : "members";
            nStatus[r] = r > 0 && chance(0.05) ? "archived" : "active";
            // created: the biggest networks are among the oldest
            double u = rng.nextDouble();
            if (r < Math.max(1, m / 50)) u *= 0.4;
            long created = now - fiveYears + 86400 + (long) (u * (fiveYears - 61 * 86400L));
            if (r == 0) created = now - fiveYears + 20 * 86400L;
            created += rng.nextInt(86400);
            nCreated[r] = created;
            // creator: hired before the network was created, often from a related department
            int creator = -1;
            for (int tries = 0; creator < 0; tries++) {
                int p;
                if (tries < 20 && nDepts[r].length > 0 && chance(0.5)) {
                    int[] dp = deptPeople[nDepts[r][rng.nextInt(nDepts[r].length)]];
                    p = dp[rng.nextInt(dp.length)];
                } else if (tries < 20 && fams.length > 0 && chance(0.5)) {
                    int[] fp = familyPeople.get(one(fams));
                    p = fp[rng.nextInt(fp.length)];
                } else {
                    p = pickCum(socCum);
                }
                if (pHire[p] < created - 86400) creator = p;
            }
            nCreator[r] = creator;
            // texts
            nDesc[r] = description(r);
            nPurpose[r] = purpose(r);
            nWho[r] = chance(0.6) ? whoShouldJoin(r) : null;
            // members
            members(r, size[r], fams, mark);
        }
    }

    String networkName(int primary, List<Integer> topics) {
        String display = TOPICS[primary][1];
        String kind = one(NETWORK_KINDS);
        double r = rng.nextDouble();
        if (r < 0.45) return display + " " + kind;
        if (r < 0.65 && topics.size() > 1) return display + " & " + TOPICS[topics.get(1)][1] + " " + kind;
        if (r < 0.85) return one(QUALIFIERS) + " " + display + " " + kind;
        return display + " " + kind + " " + CITIES[rng.nextInt(CITIES.length)][0];
    }

    String topicList(int r) {
        var sb = new StringBuilder();
        int[] ts = nTopics[r];
        for (int i = 0; i < ts.length; i++) {
            if (i > 0) sb.append(i == ts.length - 1 ? " and " : ", ");
            sb.append(TOPICS[ts[i]][1]);
        }
        return sb.toString();
    }

    String description(int r) {
        var sb = new StringBuilder();
        sb.append(nName[r]).append(" brings together people interested in ").append(topicList(r)).append('.');
        if (chance(0.7)) {
            int t = nTopics[r][0];
            sb.append(" We meet ").append(one(MEET_CADENCE)).append(" to share ").append(word[topicWord(t)]).append(", ")
                    .append(word[topicWord(t)]).append(" and ").append(word[topicWord(t)]).append(" experience.");
        }
        return clip(sb.toString(), 300);
    }

    String purpose(int r) {
        var sb = new StringBuilder();
        int target = chance(0.03) ? 3500 + rng.nextInt(500) : 150 + (int) (1400 * Math.pow(rng.nextDouble(), 2));
        sb.append("We exist to help everyone working on ").append(topicList(r)).append(" learn from each other.");
        int t = nTopics[r][0];
        int t2 = nTopics[r][nTopics[r].length - 1];
        while (sb.length() < target) {
            sb.append(rng.nextInt(4) == 0 ? "\n\n" : " ");
            sentence(sb, rng.nextBoolean() ? t : t2, 8, 18, false);
        }
        return clip(sb.toString(), 4000);
    }

    String whoShouldJoin(int r) {
        var sb = new StringBuilder("Anyone curious about ").append(TOPICS[nTopics[r][0]][1]);
        if (nDepts[r].length > 0) sb.append(", especially people in ").append(deptName[nDepts[r][0]]);
        sb.append(". ").append(one(new String[] {"Beginners are welcome.", "Bring your questions.",
            "No experience needed.", "Practitioners who like to share what works.", "Come and lurk, then say hello."}));
        return sb.toString();
    }

    static String clip(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        String c = s.substring(0, cut > 0 ? cut : max - 1);
        while (!c.isEmpty() && !Character.isLetterOrDigit(c.charAt(c.length() - 1))) c = c.substring(0, c.length() - 1);
        return c + ".";
    }

    void members(int r, int size, String[] fams, int[] mark) {
        int creator = nCreator[r];
        long created = nCreated[r];
        int n = Math.min(size, nPeople);
        int[] mem = new int[n];
        mem[0] = creator;
        mark[creator] = r;
        int count = 1;
        while (count < n) {
            int p;
            double x = rng.nextDouble();
            if (x < 0.35 && nDepts[r].length > 0) {
                int[] dp = deptPeople[nDepts[r][rng.nextInt(nDepts[r].length)]];
                p = dp[rng.nextInt(dp.length)];
            } else if (x < 0.6 && fams.length > 0) {
                int[] fp = familyPeople.get(one(fams));
                p = fp[rng.nextInt(fp.length)];
            } else {
                p = pickCum(socCum);
            }
            if (mark[p] == r) continue;
            mark[p] = r;
            mem[count++] = p;
        }
        long end = now - 86400;
        long[] join = new long[n];
        join[0] = created;
        for (int i = 1; i < n; i++) {
            long base = Math.max(created, pHire[mem[i]]) + 60;
            join[i] = base + (long) ((end - base) * Math.pow(rng.nextDouble(), 1.3));
        }
        // sort members 1..n-1 by join time (creator stays first: it joined at creation)
        long[] keyed = new long[n - 1];
        for (int i = 1; i < n; i++) keyed[i - 1] = join[i] * 131072 + i;
        Arrays.sort(keyed);
        int[] sm = new int[n];
        long[] sj = new long[n];
        sm[0] = creator;
        sj[0] = created;
        for (int i = 1; i < n; i++) {
            int orig = (int) (keyed[i - 1] % 131072);
            sm[i] = mem[orig];
            sj[i] = join[orig];
        }
        byte[] role = new byte[n];
        role[0] = 2;
        int mods = n < 10 ? (chance(0.3) ? 1 : 0) : 1 + rng.nextInt(Math.min(4, n / 30 + 1));
        for (int k = 0; k < mods && n > 1; k++) role[1 + rng.nextInt(n - 1)] = 1;
        double[] cum = new double[n];
        double acc = 0;
        List<Integer> modList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            acc += pAct[sm[i]];
            cum[i] = acc;
            if (role[i] > 0) modList.add(i);
        }
        int[] modIdx = modList.stream().mapToInt(Integer::intValue).toArray();
        double[] modCum = new double[modIdx.length];
        acc = 0;
        for (int i = 0; i < modIdx.length; i++) { acc += pAct[sm[modIdx[i]]]; modCum[i] = acc; }
        nMem[r] = sm; nJoin[r] = sj; nRole[r] = role; nMemCum[r] = cum; nMods[r] = modIdx; nModCum[r] = modCum;
    }

    // ------------------------------------------------------------------------------------------------ posts

    /** A member of network r who joined before t (moderators only when they alone may post), weighted by activity. */
    int memberAt(int r, long t, boolean posting) {
        long[] join = nJoin[r];
        if (posting && nPosting[r].equals("moderators")) {
            int[] mods = nMods[r];
            int k = 0;
            while (k < mods.length && join[mods[k]] < t) k++;
            return nMem[r][mods[pickPrefix(nModCum[r], Math.max(1, k))]];
        }
        int k = Math.max(1, countBelow(join, t));
        return nMem[r][pickPrefix(nMemCum[r], k)];
    }

    /** Anyone hired before t, weighted by activity. */
    int personAt(long t) {
        for (int tries = 0; tries < 50; tries++) {
            int p = pickCum(actCum);
            if (pHire[p] < t) return p;
        }
        return 0; // the earliest hire
    }

    void planPosts() {
        int n = nPosts;
        postNet = new int[n]; postAuthor = new int[n]; postTopic = new int[n]; postComments = new int[n];
        postTime = new long[n]; postRare = new boolean[n];
        int m = nNetworks;
        double[] netCum = new double[m];
        double acc = 0;
        for (int r = 0; r < m; r++) {
            double w = Math.pow(nMem[r].length, 1.1) * Math.exp(0.5 * gaussian());
            if (nStatus[r].equals("archived")) w *= 0.5;
            acc += w;
            netCum[r] = acc;
        }
        long fiveYears = 5L * 365 * 86400;
        long latest = now - 2 * 86400L;
        // post 0 is b1: in n1, about ten months old
        for (int i = 0; i < n; i++) {
            int r;
            long t;
            if (i == 0) {
                r = 0;
                t = now - 300 * 86400L + rng.nextInt(86400);
            } else if (chance(0.03)) {
                r = -1;
                t = 0;
            } else {
                r = pickCum(netCum);
                long c = nCreated[r] + 600;
                t = c + (long) ((latest - c) * Math.pow(rng.nextDouble(), 0.8));
            }
            if (r < 0) {
                personalPosts++;
                int p = pickCum(actCum);
                long from = Math.max(now - fiveYears, pHire[p] + 86400);
                t = from + (long) ((latest - from) * rng.nextDouble());
                postAuthor[i] = p;
                postTopic[i] = pickCum(topicPopCum);
            } else {
                postAuthor[i] = memberAt(r, t, true);
                int[] ts = nTopics[r];
                postTopic[i] = chance(0.7) ? ts[0] : ts[rng.nextInt(ts.length)];
            }
            postNet[i] = r;
            postTime[i] = t;
        }
        // comments per post: many with none, a long tail; b1 has exactly 200, no other post more than 150
        int target = nComments - BUSY_COMMENTS;
        double[] w = new double[n];
        double total = 0;
        for (int i = 1; i < n; i++) {
            if (chance(0.28)) continue;
            double x = Math.pow(1 / (1 - rng.nextDouble()), 0.65);
            if (postNet[i] < 0) x *= 0.5;
            w[i] = x;
            total += x;
        }
        int cap = 150;
        long sum = 0;
        for (int i = 1; i < n; i++) {
            postComments[i] = (int) Math.min(cap, Math.floor(target * w[i] / total));
            sum += postComments[i];
        }
        while (sum < target) {
            int i = 1 + rng.nextInt(n - 1);
            if (w[i] > 0 && postComments[i] < cap) { postComments[i]++; sum++; }
        }
        while (sum > target) {
            int i = 1 + rng.nextInt(n - 1);
            if (postComments[i] > 0) { postComments[i]--; sum--; }
        }
        postComments[0] = BUSY_COMMENTS;
        // a handful of posts mention the rare word
        int rare = 5;
        while (rare > 0) {
            int i = 1 + rng.nextInt(n - 1);
            if (!postRare[i]) { postRare[i] = true; rare--; }
        }
        // output order: b1, then the others by time
        long[] keyed = new long[n - 1];
        for (int i = 1; i < n; i++) keyed[i - 1] = (postTime[i] << 20) | i;
        Arrays.sort(keyed);
        order = new int[n];
        for (int i = 1; i < n; i++) order[i] = (int) (keyed[i - 1] & ((1 << 20) - 1));
    }

    double gaussian() {
        double u1 = 1 - rng.nextDouble(), u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    // ------------------------------------------------------------------------------------------------ text

    void appendWord(StringBuilder sb, int id, boolean cap) {
        sb.append(cap ? capWord[id] : word[id]);
        if (currentDoc >= 0 && domainWord[id] && lastSeen[id] != currentDoc) {
            lastSeen[id] = currentDoc;
            df[id]++;
        }
    }

    void appendPhrase(StringBuilder sb, int ph, boolean cap) {
        String s = phrase[ph];
        sb.append(cap ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s);
        if (currentDoc >= 0 && phraseLastSeen[ph] != currentDoc) {
            phraseLastSeen[ph] = currentDoc;
            phraseDf[ph]++;
        }
    }

    /** A sentence of min..max words about topic t; answers the number of words written. */
    int sentence(StringBuilder sb, int t, int min, int max, boolean markdown) {
        int len = between(min, max);
        int d = topicDomain[t];
        int written = 0;
        boolean code = markdown && chance(0.12);
        int codeAt = code ? rng.nextInt(len) : -1;
        for (int i = 0; i < len; i++) {
            if (i > 0) sb.append(' ');
            boolean cap = i == 0;
            double x = rng.nextDouble();
            if (i == codeAt) {
                sb.append('`').append(word[topicWord(t)]).append(rng.nextBoolean() ? "_" : ".").append(word[topicWord(t)]);
                sb.append(rng.nextBoolean() ? "()`" : "`");
                written++;
            } else if (x < 0.06) {
                int[] ps = domainPhraseIds[d];
                appendPhrase(sb, ps[rng.nextInt(ps.length)], cap);
                written += 2;
                i++;
            } else if (x < 0.36) {
                boolean bold = markdown && !cap && chance(0.03);
                if (bold) sb.append("**");
                appendWord(sb, topicWord(t), cap);
                if (bold) sb.append("**");
                written++;
            } else {
                appendWord(sb, filler[rng.nextInt(filler.length)], cap);
                written++;
            }
            if (i < len - 2 && i > 1 && chance(0.05)) sb.append(',');
        }
        double e = rng.nextDouble();
        sb.append(e < 0.05 ? '?' : e < 0.07 ? '!' : '.');
        return written;
    }

    String title(int t) {
        for (int tries = 0; ; tries++) {
            String tpl = one(TITLE_TEMPLATES);
            var sb = new StringBuilder();
            for (int i = 0; i < tpl.length(); i++) {
                char ch = tpl.charAt(i);
                if (ch == '{' && i + 2 < tpl.length() && tpl.charAt(i + 2) == '}') {
                    switch (tpl.charAt(i + 1)) {
                        case 'D' -> appendWord(sb, topicWord(t), sb.length() == 0);
                        case 'T' -> sb.append(TOPICS[t][1]);
                        case 'N' -> sb.append(between(2, 40));
                        case 'Y' -> sb.append(2020 + rng.nextInt(7));
                        default -> sb.append(ch);
                    }
                    i += 2;
                } else {
                    sb.append(ch);
                }
            }
            String s = sb.toString();
            int wordsIn = 1;
            for (int i = 1; i < s.length(); i++) if (s.charAt(i) == ' ' && s.charAt(i - 1) != ' ') wordsIn++;
            if ((wordsIn >= 4 && wordsIn <= 10 && s.length() <= 200) || tries > 20) return s;
        }
    }

    /** A Markdown post body of 80..400 words in 2..5 paragraphs. */
    void postBody(StringBuilder sb, int t, int t2, boolean rare) {
        int target = 80 + (int) (300 * Math.pow(rng.nextDouble(), 1.7));
        int paras = Math.min(5, 2 + target / 110 + rng.nextInt(2));
        int per = target / paras;
        int total = 0;
        int rarePara = rare ? rng.nextInt(paras) : -1;
        for (int p = 0; p < paras; p++) {
            if (p > 0) sb.append("\n\n");
            if (p > 0 && chance(0.08)) {
                sb.append("## ");
                appendWord(sb, topicWord(t), true);
                sb.append(' ');
                appendWord(sb, topicWord(t), false);
                sb.append("\n\n");
                total += 2;
            }
            double x = rng.nextDouble();
            if (p > 0 && p != rarePara && x < 0.14) {
                int items = between(3, 5);
                boolean numbered = chance(0.35);
                for (int k = 0; k < items; k++) {
                    if (k > 0) sb.append('\n');
                    if (numbered) sb.append(k + 1).append(". "); else sb.append("- ");
                    int len = between(2, 7);
                    for (int j = 0; j < len; j++) {
                        if (j > 0) sb.append(' ');
                        appendWord(sb, j % 2 == 0 ? topicWord(j == 0 ? t : t2) : filler[rng.nextInt(filler.length)], j == 0);
                    }
                    total += len;
                }
            } else if (p > 0 && p != rarePara && x < 0.19) {
                sb.append("```\n");
                int lines = between(2, 4);
                for (int k = 0; k < lines; k++) {
                    sb.append(word[topicWord(t)]).append(" --").append(word[topicWord(t)]).append('=').append(word[topicWord(t2)]);
                    sb.append(" \"").append(word[filler[rng.nextInt(filler.length)]]).append("\\n\"\n");
                    total += 3;
                }
                sb.append("```");
            } else {
                int words = 0;
                boolean first = true;
                while ((words < per && total + words < 385) || first) {
                    if (!first) sb.append(' ');
                    first = false;
                    int before = sb.length();
                    words += sentence(sb, chance(0.8) ? t : t2, 6, 16, true);
                    if (p == rarePara) {
                        // put the rare word in the middle of this sentence
                        int sp = sb.indexOf(" ", before + 1);
                        if (sp > 0) {
                            sb.insert(sp, " " + RARE_WORD);
                            words++;
                        }
                        rarePara = -1;
                    }
                    if (chance(0.02)) {
                        sb.append(" See [the ");
                        appendWord(sb, topicWord(t), false);
                        sb.append(" notes](https://wiki.example.com/").append(TOPICS[t][0]).append(").");
                        words += 3;
                    }
                }
                total += words;
            }
            if (total >= 400) break;
        }
        while (total < 80) {
            sb.append(' ');
            total += sentence(sb, t, 6, 16, true);
        }
    }

    /** A comment of 10..80 words. */
    void commentBody(StringBuilder sb, int t, boolean reply) {
        int target = 10 + (int) (62 * Math.pow(rng.nextDouble(), 1.8));
        int total = 0;
        if (chance(0.35)) {
            int o = rng.nextInt(COMMENT_OPENERS.length);
            sb.append(COMMENT_OPENERS[o]);
            total += OPENER_WORDS[o];
        }
        if (reply && chance(0.1)) {
            sb.append(sb.length() > 0 ? "\n\n> " : "> ");
            total += sentence(sb, t, 4, 8, false);
            sb.append("\n\n");
        }
        while (total < target || total < 10) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append(target > 45 && chance(0.2) ? "\n\n" : " ");
            int len = Math.min(14, Math.max(4, target - total));
            total += sentence(sb, t, Math.min(len, 4), len, true);
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    Writer open(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(out.resolve(name).toFile()), StandardCharsets.UTF_8),
                1 << 18);
    }

    char[] lineBuf = new char[1 << 16];

    void emit(Writer w, StringBuilder sb) throws IOException {
        int len = sb.length();
        if (lineBuf.length < len) lineBuf = new char[Math.max(len, lineBuf.length * 2)];
        sb.getChars(0, len, lineBuf, 0);
        w.write(lineBuf, 0, len);
    }

    static void csv(StringBuilder sb, String v) {
        if (v == null) return;
        boolean quote = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') { quote = true; break; }
        }
        if (!quote) { sb.append(v); return; }
        sb.append('"');
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        sb.append('"');
    }

    String employeeId(int p) {
        return "E" + (100001 + p);
    }

    void writeHr() throws IOException {
        try (Writer w = open("hr-directory.csv")) {
            var sb = new StringBuilder();
            sb.append("employee_id,email,name,department,title,manager_id,location,languages,hire_date\n");
            emit(w, sb);
            for (int p = 0; p < nPeople; p++) {
                sb.setLength(0);
                sb.append(employeeId(p)).append(',');
                csv(sb, pEmail[p] + "@example.com"); sb.append(',');
                csv(sb, pName[p]); sb.append(',');
                csv(sb, deptName[pDept[p]]); sb.append(',');
                csv(sb, pTitle[p]); sb.append(',');
                if (pManager[p] >= 0) sb.append(employeeId(pManager[p]));
                sb.append(',');
                csv(sb, CITIES[pCity[p]][0]); sb.append(',');
                csv(sb, pLangs[p]); sb.append(',');
                appendDate(sb, pHire[p]);
                sb.append('\n');
                emit(w, sb);
                hrRows++;
            }
        }
        log("hr-directory.csv: " + hrRows + " rows");
    }

    // JSON helpers
    static void esc(StringBuilder sb, CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }

    static void str(StringBuilder sb, String name, CharSequence value) {
        if (value == null) return;
        sb.append(",\"").append(name).append("\":\"");
        esc(sb, value);
        sb.append('"');
    }

    static void ref(StringBuilder sb, String name, char prefix, int n) {
        sb.append(",\"").append(name).append("\":\"").append(prefix).append(n).append('"');
    }

    void time(StringBuilder sb, String name, long epoch) {
        sb.append(",\"").append(name).append("\":\"");
        appendInstant(sb, epoch);
        sb.append('"');
    }

    static void strings(StringBuilder sb, String name, List<String> values) {
        sb.append(",\"").append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('"');
            esc(sb, values.get(i));
            sb.append('"');
        }
        sb.append(']');
    }

    static void appendInstant(StringBuilder sb, long epoch) {
        long days = Math.floorDiv(epoch, 86400L);
        int secs = (int) Math.floorMod(epoch, 86400L);
        appendDay(sb, days);
        sb.append('T');
        two(sb, secs / 3600);
        sb.append(':');
        two(sb, secs / 60 % 60);
        sb.append(':');
        two(sb, secs % 60);
        sb.append('Z');
    }

    static void appendDate(StringBuilder sb, long epoch) {
        appendDay(sb, Math.floorDiv(epoch, 86400L));
    }

    /** Civil date from days since 1970-01-01 (H. Hinnant's algorithm). */
    static void appendDay(StringBuilder sb, long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) y++;
        sb.append(y).append('-');
        two(sb, (int) m);
        sb.append('-');
        two(sb, (int) d);
    }

    static void two(StringBuilder sb, int v) {
        if (v < 10) sb.append('0');
        sb.append(v);
    }

    void count(int type) {
        typeCounts[type]++;
        records++;
        if (records % 200_000 == 0) {
            log(String.format(Locale.ROOT, "%,d records (%s)", records, summary()));
        }
    }

    String summary() {
        var sb = new StringBuilder();
        for (int t = 0; t < TYPES.length; t++) {
            if (t > 0) sb.append(", ");
            sb.append(TYPES[t]).append(' ').append(typeCounts[t]);
        }
        return sb.toString();
    }

    int[] postsBy;

    void writeContent() throws IOException {
        postsBy = new int[nPeople];
        try (Writer w = open("content.jsonl")) {
            var sb = new StringBuilder(1 << 14);
            sb.append("{\"format\":\"guildhall-content\",\"version\":1,\"source\":\"seed-").append(scale).append("\"}\n");
            emit(w, sb);
            for (int p = 0; p < nPeople; p++) {
                sb.setLength(0);
                sb.append("{\"type\":\"person\"");
                ref(sb, "id", 'u', p + 1);
                str(sb, "employeeId", employeeId(p));
                str(sb, "email", pEmail[p] + "@example.com");
                str(sb, "name", pName[p]);
                str(sb, "department", deptName[pDept[p]]);
                str(sb, "title", pTitle[p]);
                sb.append("}\n");
                emit(w, sb);
                count(0);
            }
            for (int r = 0; r < nNetworks; r++) {
                sb.setLength(0);
                sb.append("{\"type\":\"network\"");
                ref(sb, "id", 'n', r + 1);
                str(sb, "name", nName[r]);
                str(sb, "description", nDesc[r]);
                str(sb, "purpose", nPurpose[r]);
                str(sb, "whoShouldJoin", nWho[r]);
                List<String> topics = new ArrayList<>();
                for (int t : nTopics[r]) topics.add(TOPICS[t][0]);
                strings(sb, "topics", topics);
                List<String> deps = new ArrayList<>();
                for (int d : nDepts[r]) deps.add(deptName[d]);
                strings(sb, "departments", deps);
                str(sb, "visibility", nVisibility[r]);
                str(sb, "contentAccess", nAccess[r]);
                str(sb, "joinPolicy", nJoinPolicy[r]);
                str(sb, "posting", nPosting[r]);
                str(sb, "status", nStatus[r]);
                ref(sb, "createdBy", 'u', nCreator[r] + 1);
                time(sb, "createdAt", nCreated[r]);
                sb.append("}\n");
                emit(w, sb);
                count(1);
            }
            String[] roles = {"member", "moderator", "owner"};
            for (int r = 0; r < nNetworks; r++) {
                int[] mem = nMem[r];
                for (int i = 0; i < mem.length; i++) {
                    sb.setLength(0);
                    sb.append("{\"type\":\"member\"");
                    ref(sb, "network", 'n', r + 1);
                    ref(sb, "person", 'u', mem[i] + 1);
                    str(sb, "role", roles[nRole[r][i]]);
                    time(sb, "joinedAt", nJoin[r][i]);
                    sb.append("}\n");
                    emit(w, sb);
                    count(2);
                }
            }
            var body = new StringBuilder(1 << 14);
            int commentId = 0;
            int[] thanked = new int[64];
            int[] topLevel = new int[BUSY_COMMENTS + 1];
            int[] topLevelAuthor = new int[BUSY_COMMENTS + 1];
            long[] delays = new long[BUSY_COMMENTS + 1];
            for (int k = 0; k < nPosts; k++) {
                int i = order[k];
                int id = k + 1;
                int r = postNet[i];
                int author = postAuthor[i];
                int t = postTopic[i];
                int t2 = r >= 0 ? nTopics[r][rng.nextInt(nTopics[r].length)] : t;
                long pt = postTime[i];
                postsBy[author]++;
                // post
                currentDoc = k;
                String title = title(t);
                if (k == 0) busyTitle = title;
                body.setLength(0);
                postBody(body, t, t2, postRare[i]);
                if (postRare[i]) rarePosts++;
                currentDoc = -1;
                sb.setLength(0);
                sb.append("{\"type\":\"post\"");
                ref(sb, "id", 'b', id);
                ref(sb, "author", 'u', author + 1);
                if (r >= 0) ref(sb, "network", 'n', r + 1);
                str(sb, "title", title);
                str(sb, "body", body);
                strings(sb, "tags", tags(t, r));
                time(sb, "publishedAt", pt);
                if (chance(0.08)) time(sb, "editedAt", Math.min(now - 60, pt + 600 + (long) expo(86400)));
                sb.append("}\n");
                emit(w, sb);
                count(3);
                int nc = postComments[i];
                thanks(w, sb, 'b', id, author, r, pt, 0.38 + 0.235 * nc, thanked);
                // comments, in time order, each followed by its thanks
                long window = now - 3600 - pt;
                if (delays.length < nc) delays = new long[nc];
                double mean = 86400 * (0.3 + 2 * rng.nextDouble());
                for (int c = 0; c < nc; c++) {
                    long dl = 60 + (long) expo(mean);
                    if (dl >= window) dl = 60 + (long) ((window - 120) * rng.nextDouble());
                    delays[c] = dl;
                }
                Arrays.sort(delays, 0, nc);
                int tops = 0;
                for (int c = 0; c < nc; c++) {
                    long ct = pt + delays[c];
                    int cid = ++commentId;
                    boolean reply = tops > 0 && chance(0.25);
                    int parent = -1, parentAuthor = -1;
                    if (reply) {
                        int back = Math.min(tops, 5);
                        int pi = tops - 1 - rng.nextInt(back);
                        parent = topLevel[pi];
                        parentAuthor = topLevelAuthor[pi];
                    }
                    int ca;
                    if (reply && parentAuthor != author && chance(0.15)) ca = author;
                    else if (!reply && chance(0.06)) ca = author;
                    else ca = r >= 0 ? memberAt(r, ct, false) : personAt(ct);
                    if (!reply) {
                        if (tops == topLevel.length) {
                            topLevel = Arrays.copyOf(topLevel, tops * 2);
                            topLevelAuthor = Arrays.copyOf(topLevelAuthor, tops * 2);
                        }
                        topLevel[tops] = cid;
                        topLevelAuthor[tops] = ca;
                        tops++;
                    } else {
                        replies++;
                    }
                    body.setLength(0);
                    commentBody(body, chance(0.85) ? t : t2, reply);
                    sb.setLength(0);
                    sb.append("{\"type\":\"comment\"");
                    ref(sb, "id", 'c', cid);
                    ref(sb, "post", 'b', id);
                    ref(sb, "author", 'u', ca + 1);
                    str(sb, "body", body);
                    if (reply) ref(sb, "replyTo", 'c', parent);
                    time(sb, "createdAt", ct);
                    sb.append("}\n");
                    emit(w, sb);
                    count(4);
                    thanks(w, sb, 'c', cid, ca, r, ct, 0.45, thanked);
                }
            }
            questions(w, sb, body);
        }
        log("content.jsonl: " + records + " records (" + summary() + ")");
    }

    /**
     * Questions after the posts, like a real export: asked in a network (by a member) as often as
     * posts are, or company-wide; about one answer each on average (q1, company-wide, has
     * {@value #BUSY_ANSWERS}), half of the answered ones accepted, and a few votes per answer.
     */
    void questions(Writer w, StringBuilder sb, StringBuilder body) throws IOException {
        int answerId = 0;
        int[] voters = new int[16];
        for (int q = 1; q <= nQuestions; q++) {
            int i = order[rng.nextInt(nPosts)];
            int r = q == 1 ? -1 : postNet[i];
            int t = postTopic[i];
            long asked = Math.max(postTime[i], now - 2L * 365 * 86400);
            int asker = r >= 0 ? memberAt(r, asked, false) : personAt(asked);
            body.setLength(0);
            commentBody(body, t, false);
            sb.setLength(0);
            sb.append("{\"type\":\"question\"");
            ref(sb, "id", 'q', q);
            ref(sb, "author", 'u', asker + 1);
            if (r >= 0) ref(sb, "network", 'n', r + 1);
            String title = "How do we handle " + title(t).toLowerCase(Locale.ROOT) + "?";
            if (q == 1) busyQuestion = title;
            str(sb, "title", title.length() > 200 ? title.substring(0, 199) + "?" : title);
            str(sb, "body", body);
            strings(sb, "tags", tags(t, r));
            time(sb, "askedAt", asked);
            sb.append("}\n");
            emit(w, sb);
            count(6);
            int answers = q == 1 ? BUSY_ANSWERS : (int) Math.min(8, expo(1.6));
            int accepted = answers > 0 && chance(0.5) ? rng.nextInt(answers) : -1;
            long window = Math.max(120, now - 3600 - asked);
            for (int a = 0; a < answers; a++) {
                long at = asked + 60 + Math.min((long) expo(86400), (long) (window * rng.nextDouble()));
                int author = r >= 0 ? memberAt(r, at, false) : personAt(at);
                if (author == asker) continue;
                int id = ++answerId;
                body.setLength(0);
                commentBody(body, t, false);
                sb.setLength(0);
                sb.append("{\"type\":\"answer\"");
                ref(sb, "id", 'a', id);
                ref(sb, "question", 'q', q);
                ref(sb, "author", 'u', author + 1);
                str(sb, "body", body);
                time(sb, "createdAt", at);
                if (a == accepted) sb.append(",\"accepted\":true");
                sb.append("}\n");
                emit(w, sb);
                count(7);
                int k = Math.min(voters.length, (int) expo(2));
                int got = 0;
                for (int tries = 0; got < k && tries < 3 * k + 4; tries++) {
                    int voter = r >= 0 ? memberAt(r, at, false) : personAt(at);
                    boolean dup = voter == author;
                    for (int j = 0; j < got && !dup; j++) dup = voters[j] == voter;
                    if (dup) continue;
                    voters[got++] = voter;
                    sb.setLength(0);
                    sb.append("{\"type\":\"vote\"");
                    ref(sb, "answer", 'a', id);
                    ref(sb, "person", 'u', voter + 1);
                    str(sb, "vote", chance(0.85) ? "up" : "down");
                    sb.append("}\n");
                    emit(w, sb);
                    count(8);
                }
            }
        }
    }

    String busyQuestion;

    String busyTitle;

    List<String> tags(int t, int r) {
        List<String> tags = new ArrayList<>();
        double x = rng.nextDouble();
        int want = x < 0.15 ? 0 : x < 0.4 ? 1 : x < 0.65 ? 2 : x < 0.82 ? 3 : x < 0.93 ? 4 : 5;
        if (want == 0) return tags;
        if (chance(0.6)) tags.add(TOPICS[t][0]);
        for (int tries = 0; tags.size() < want && tries < 20; tries++) {
            String tag;
            if (r >= 0 && chance(0.25)) tag = TOPICS[nTopics[r][rng.nextInt(nTopics[r].length)]][0];
            else tag = word[topicWord(t)];
            if (!tags.contains(tag)) tags.add(tag);
        }
        return tags;
    }

    /** Thanks for an item, by people other than its author, at most once each, after the item. */
    void thanks(Writer w, StringBuilder sb, char kind, int itemId, int author, int r, long itemTime, double mean,
            int[] thanked) throws IOException {
        double p = mean / (1 + mean);
        int k = (int) Math.floor(Math.log(1 - rng.nextDouble()) / Math.log(p));
        if (k <= 0) return;
        k = Math.min(k, thanked.length);
        int got = 0;
        long window = now - itemTime - 60;
        for (int tries = 0; got < k && tries < 4 * k + 8; tries++) {
            long at = itemTime + 60 + Math.min((long) expo(2 * 86400), (long) (window * rng.nextDouble()));
            int person = r >= 0 && (nAccess[r].equals("members_only") || chance(0.7)) ? memberAt(r, at, false) : personAt(at);
            if (person == author) continue;
            boolean dup = false;
            for (int j = 0; j < got; j++) if (thanked[j] == person) { dup = true; break; }
            if (dup) continue;
            thanked[got++] = person;
            sb.setLength(0);
            sb.append("{\"type\":\"thanks\"");
            ref(sb, kind == 'b' ? "post" : "comment", kind, itemId);
            ref(sb, "person", 'u', person + 1);
            time(sb, "at", at);
            sb.append("}\n");
            emit(w, sb);
            count(5);
        }
    }

    // ------------------------------------------------------------------------------------------------ manifest

    void writeManifest() throws IOException {
        // sample person: the most prolific author
        int sample = 0;
        for (int p = 1; p < nPeople; p++) if (postsBy[p] > postsBy[sample]) sample = p;
        // common word: the domain word in most posts (at least 6 letters, so that a typo of it is still recognisable)
        int common = -1;
        for (int i = 0; i < word.length; i++) {
            if (!domainWord[i] || word[i].length() < 6 || !word[i].chars().allMatch(Character::isLetter)) continue;
            if (common < 0 || df[i] > df[common]) common = i;
        }
        String typo = typo(word[common]);
        int ph = 0;
        for (int i = 1; i < phrase.length; i++) if (phraseDf[i] > phraseDf[ph]) ph = i;
        var sb = new StringBuilder();
        sb.append("{\n  \"scale\": \"").append(scale).append("\",\n  \"seed\": ").append(seed).append(",\n");
        sb.append("  \"now\": \"");
        appendInstant(sb, now);
        sb.append("\",\n  \"source\": \"seed-").append(scale).append("\",\n  \"counts\": {");
        for (int t = 0; t < TYPES.length; t++) {
            sb.append(t == 0 ? "" : ",").append("\n    \"").append(PLURALS[t]).append("\": ").append(typeCounts[t]);
        }
        sb.append(",\n    \"hrRows\": ").append(hrRows);
        sb.append(",\n    \"departments\": ").append(DEPARTMENTS.length);
        sb.append(",\n    \"personalPosts\": ").append(personalPosts);
        sb.append(",\n    \"replies\": ").append(replies);
        sb.append(",\n    \"contentLines\": ").append(records + 1);
        sb.append("\n  },\n  \"bench\": {\n");
        sb.append("    \"bigNetwork\": {\"id\": \"n1\", \"name\": \"");
        esc(sb, nName[0]);
        sb.append("\", \"members\": ").append(nMem[0].length).append("},\n");
        sb.append("    \"busyPost\": {\"id\": \"b1\", \"title\": \"");
        esc(sb, busyTitle);
        sb.append("\", \"comments\": ").append(BUSY_COMMENTS).append("},\n");
        sb.append("    \"busyQuestion\": {\"id\": \"q1\", \"title\": \"");
        esc(sb, busyQuestion);
        sb.append("\", \"answers\": ").append(BUSY_ANSWERS).append("},\n");
        sb.append("    \"samplePerson\": {\"id\": \"u").append(sample + 1).append("\", \"username\": \"");
        esc(sb, pEmail[sample]);
        sb.append("\", \"email\": \"");
        esc(sb, pEmail[sample] + "@example.com");
        sb.append("\", \"name\": \"");
        esc(sb, pName[sample]);
        sb.append("\", \"posts\": ").append(postsBy[sample]).append("},\n");
        sb.append("    \"commonWord\": \"").append(word[common]).append("\",\n");
        sb.append("    \"commonWordPosts\": ").append(df[common]).append(",\n");
        sb.append("    \"rareWord\": \"").append(RARE_WORD).append("\",\n");
        sb.append("    \"rareWordPosts\": ").append(rarePosts).append(",\n");
        sb.append("    \"phrase\": \"").append(phrase[ph]).append("\",\n");
        sb.append("    \"phrasePosts\": ").append(phraseDf[ph]).append(",\n");
        sb.append("    \"typo\": \"").append(typo).append("\"\n");
        sb.append("  }\n}\n");
        Files.writeString(out.resolve("manifest.json"), sb.toString(), StandardCharsets.UTF_8);
        log("manifest.json written");
    }

    /** The word with one letter dropped (its last inner vowel), checked not to be a word itself. */
    String typo(String w) {
        for (int i = w.length() - 2; i > 0; i--) {
            if ("aeiou".indexOf(w.charAt(i)) >= 0) {
                String t = w.substring(0, i) + w.substring(i + 1);
                if (!wordIds.containsKey(t)) return t;
            }
        }
        return w.substring(0, w.length() - 1);
    }
}
