#!/usr/bin/env python3
"""Checks a directory written by bench/seed/Seed.java: python3 bench/seed/check.py DIR [--quick]

Every content line parses and refers only backwards; b1/n1/thanks/authors/org-chart rules hold;
prints distributions. Exits 1 on the first kind of failure (listing up to 5 examples per rule)."""
import csv, json, re, sys, unicodedata, collections, datetime

d = sys.argv[1]
errors = collections.defaultdict(list)
def bad(rule, detail):
    if len(errors[rule]) < 5: errors[rule].append(detail)
    else: errors[rule].append(None)

TS = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$')
manifest = json.load(open(f'{d}/manifest.json', encoding='utf-8'))
now = datetime.datetime.fromisoformat(manifest['now'].replace('Z', '+00:00'))
five = now - datetime.timedelta(days=5 * 365 + 2)
def ts(v, rule):
    if not isinstance(v, str) or not TS.match(v):
        bad('timestamp format', (rule, v)); return None
    t = datetime.datetime.fromisoformat(v.replace('Z', '+00:00'))
    if not (five <= t <= now): bad('timestamp within last 5 years', (rule, v))
    return t

# ---------------------------------------------------------------- HR CSV
raw = open(f'{d}/hr-directory.csv', encoding='utf-8', newline='').read()
rows = list(csv.DictReader(raw.splitlines(True)))
header = raw.split('\n', 1)[0]
assert header == 'employee_id,email,name,department,title,manager_id,location,languages,hire_date', header
hr = {}
emails = set()
for r in rows:
    if r['employee_id'] in hr: bad('hr unique employee_id', r['employee_id'])
    hr[r['employee_id']] = r
    if r['email'].lower() in emails: bad('hr unique email', r['email'])
    emails.add(r['email'].lower())
    if not re.match(r'^[a-z0-9.-]+@example\.com$', r['email']): bad('hr email ascii', r['email'])
    langs = r['languages'].split(';')
    if not 1 <= len(langs) <= 3 or len(set(langs)) != len(langs): bad('hr 1-3 languages', r['languages'])
    datetime.date.fromisoformat(r['hire_date'])
    for col, mx in (('name', 200), ('department', 120), ('title', 120), ('location', 120), ('employee_id', 40)):
        if len(r[col]) > mx or not r[col]: bad('hr field length', (col, r[col]))
roots = [e for e, r in hr.items() if not r['manager_id']]
if len(roots) != 1: bad('hr exactly one root (CEO)', roots)
reports = collections.Counter()
for e, r in hr.items():
    m = r['manager_id']
    if m:
        if m not in hr: bad('hr manager exists', (e, m))
        reports[m] += 1
for e in hr:  # cycles: walk up with a step bound
    seen, cur = set(), e
    while cur:
        if cur in seen: bad('hr no cycles', e); break
        seen.add(cur); cur = hr[cur]['manager_id']
ceo = roots[0] if roots else None
heads = [e for e, r in hr.items() if r['manager_id'] == ceo and r['department'] != hr[ceo]['department']]
depts = sorted({r['department'] for r in hr.values()})
for m, n in reports.items():
    if m != ceo and not 3 <= n <= 12: bad('manager has 3-12 reports', (m, n))
depth = {}
def dep(e):
    if e not in depth: depth[e] = 0 if not hr[e]['manager_id'] else 1 + dep(hr[e]['manager_id'])
    return depth[e]
sys.setrecursionlimit(10000)
print(f'HR: {len(hr)} rows, {len(depts)} departments, {len(heads)} heads under the CEO ({hr[ceo]["title"]}), '
      f'{len(reports)} managers, max depth {max(dep(e) for e in hr)}, '
      f'locations {len({r["location"] for r in hr.values()})}, quoted fields {raw.count(chr(34)) // 2}')

# ---------------------------------------------------------------- content
def key(name):
    s = unicodedata.normalize('NFKD', name.strip())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'\s+', ' ', s.lower())

persons, networks, netkeys = {}, {}, set()
members = {}          # (n, u) -> joinedAt
netmembers = collections.Counter()
owners = collections.defaultdict(set)
posts, comments = {}, {}   # id -> (author, time, post, replyTo)
post_comments = collections.Counter()
thanks = set()
counts = collections.Counter()
stage = {'person': 0, 'network': 1, 'member': 2, 'post': 3, 'comment': 3, 'thanks': 3}
last_stage = 0
post_words, comment_words, title_words = [], [], []
tag_counts, vis, acc, join, status, posting, topics_n, deps_n = (collections.Counter() for _ in range(8))
personal = 0
rare, common, phrase, typo = manifest['bench']['rareWord'], manifest['bench']['commonWord'], manifest['bench']['phrase'], manifest['bench']['typo']
rare_re, common_re = re.compile(r'\b%s\b' % rare, re.I), re.compile(r'\b%s\b' % common, re.I)
phrase_re, typo_re = re.compile(r'\b%s\b' % phrase, re.I), re.compile(r'\b%s\b' % typo, re.I)
rare_posts = rare_elsewhere = common_posts = phrase_posts = typo_hits = 0
current_post = None
quick = '--quick' in sys.argv

with open(f'{d}/content.jsonl', encoding='utf-8') as f:
    first = f.readline()
    h = json.loads(first)
    if h != {'format': 'guildhall-content', 'version': 1, 'source': manifest['source']}: bad('header', first)
    for no, line in enumerate(f, start=2):
        try:
            o = json.loads(line)
        except Exception as e:
            bad('line parses', (no, str(e))); continue
        t = o.get('type'); counts[t] += 1
        if t not in stage: bad('known type', (no, t)); continue
        if stage[t] < last_stage: bad('record order', (no, t))
        last_stage = max(last_stage, stage[t])
        if t == 'person':
            if o['id'] in persons: bad('unique person id', o['id'])
            e = hr.get(o.get('employeeId'))
            if not e or e['email'] != o['email'] or e['name'] != o['name'] or e['department'] != o.get('department') or e['title'] != o.get('title'):
                bad('person matches HR', o['id'])
            persons[o['id']] = o
        elif t == 'network':
            if o['id'] in networks: bad('unique network id', o['id'])
            if o['createdBy'] not in persons: bad('network createdBy earlier', o['id'])
            k = key(o['name'])
            if k in netkeys: bad('unique network name', o['name'])
            netkeys.add(k)
            if not 3 <= len(o['name']) <= 120: bad('network name 3..120', o['name'])
            if not o['description'] or len(o['description']) > 300: bad('description <= 300', o['id'])
            if not o['purpose'] or len(o['purpose']) > 4000: bad('purpose <= 4000', o['id'])
            if not 1 <= len(o['topics']) <= 5 or any(len(x) > 60 or x != x.lower() for x in o['topics']): bad('topics 1..5', o['id'])
            if len(o['departments']) > 3 or any(x not in depts for x in o['departments']): bad('departments 0..3 from HR', o['id'])
            for fld, allowed in (('visibility', {'listed', 'hidden'}), ('contentAccess', {'public', 'members_only'}),
                                 ('joinPolicy', {'open', 'request', 'invitation'}), ('posting', {'members', 'moderators'}),
                                 ('status', {'active', 'archived'})):
                if o[fld] not in allowed: bad('network code', (o['id'], fld, o[fld]))
            vis[o['visibility']] += 1; acc[o['contentAccess']] += 1; join[o['joinPolicy']] += 1
            status[o['status']] += 1; posting[o['posting']] += 1; topics_n[len(o['topics'])] += 1; deps_n[len(o['departments'])] += 1
            o['_t'] = ts(o['createdAt'], 'network')
            networks[o['id']] = o
        elif t == 'member':
            n, u = o['network'], o['person']
            if n not in networks or u not in persons: bad('member refers earlier', (no, n, u)); continue
            if (n, u) in members: bad('member unique', (n, u))
            jt = ts(o['joinedAt'], 'member')
            if jt and jt < networks[n]['_t']: bad('joinedAt >= network createdAt', (n, u))
            members[(n, u)] = jt
            netmembers[n] += 1
            if o.get('role') == 'owner': owners[n].add(u)
            if o.get('role') not in ('owner', 'moderator', 'member'): bad('member role', o)
        elif t == 'post':
            if not owners or len(owners) != len(networks):
                pass
            if o['id'] in posts: bad('unique post id', o['id'])
            if o['author'] not in persons: bad('post author earlier', o['id'])
            pt = ts(o['publishedAt'], 'post')
            n = o.get('network')
            if n is None: personal += 1
            else:
                if n not in networks: bad('post network earlier', o['id'])
                jt = members.get((n, o['author']))
                if jt is None: bad('post author is member', o['id'])
                elif pt and not jt < pt: bad('post after author joined', o['id'])
            if 'editedAt' in o:
                et = ts(o['editedAt'], 'editedAt')
                if et and pt and et <= pt: bad('editedAt after publishedAt', o['id'])
            if not o['title'] or len(o['title']) > 200: bad('title <= 200', o['id'])
            if len(o['body']) > 50000: bad('post body <= 50000', o['id'])
            tags = o.get('tags', [])
            if len(tags) > 5 or any(len(x) > 40 for x in tags) or len(set(tags)) != len(tags): bad('tags 0..5', o['id'])
            tag_counts[len(tags)] += 1
            post_words.append(len(o['body'].split())); title_words.append(len(o['title'].split()))
            text = o['title'] + '\n' + o['body']
            rare_posts += bool(rare_re.search(text)); common_posts += bool(common_re.search(text))
            phrase_posts += bool(phrase_re.search(text)); typo_hits += bool(typo_re.search(text))
            posts[o['id']] = (o['author'], pt, n)
            current_post = o['id']
        elif t == 'comment':
            p = o['post']
            if p not in posts: bad('comment post earlier', o['id']); continue
            if p != current_post: bad('comments follow their post', o['id'])
            if o['id'] in comments: bad('unique comment id', o['id'])
            if o['author'] not in persons: bad('comment author earlier', o['id'])
            ct = ts(o['createdAt'], 'comment')
            if ct and posts[p][1] and not ct > posts[p][1]: bad('comment after post', o['id'])
            n = posts[p][2]
            if n is not None:
                jt = members.get((n, o['author']))
                if jt is None or (ct and not jt < ct): bad('commenter is a member who joined before (stricter than the docs)', o['id'])
            rt = o.get('replyTo')
            if rt is not None:
                if rt not in comments or comments[rt][2] != p: bad('replyTo earlier comment of same post', o['id'])
                elif comments[rt][3] is not None: bad('replyTo a top-level comment', o['id'])
                elif ct and comments[rt][1] and ct < comments[rt][1]: bad('reply after its parent', o['id'])
            if not o['body'] or len(o['body']) > 10000: bad('comment body <= 10000', o['id'])
            comment_words.append(len(o['body'].split()))
            rare_elsewhere += bool(rare_re.search(o['body'])); typo_hits += bool(typo_re.search(o['body']))
            comments[o['id']] = (o['author'], ct, p, rt)
            post_comments[p] += 1
        elif t == 'thanks':
            if ('post' in o) == ('comment' in o): bad('thanks has exactly one of post/comment', no); continue
            item = ('post', o['post']) if 'post' in o else ('comment', o['comment'])
            table = posts if item[0] == 'post' else comments
            if item[1] not in table: bad('thanks item earlier', no); continue
            if o['person'] not in persons: bad('thanks person earlier', no)
            if table[item[1]][0] == o['person']: bad('thanks never by the author', (no, item))
            k = (item, o['person'])
            if k in thanks: bad('thanks at most once per person and item', (no, item))
            thanks.add(k)
            at = ts(o['at'], 'thanks')
            if at and table[item[1]][1] and not at > table[item[1]][1]: bad('thanks after the item', (no, item))

for n, o in networks.items():
    if o['createdBy'] not in owners[n]: bad('creator has an owner member record', n)
if post_comments['b1'] != 200: bad('b1 has 200 comments', post_comments['b1'])
if posts.get('b1', (0, 0, None))[2] != 'n1': bad('b1 in n1', posts.get('b1'))
others = [p for p, c in post_comments.items() if c >= 200 and p != 'b1']
if others: bad('only b1 has 200 comments', others[:5])
big = netmembers['n1']
need = 2000 if manifest['scale'] == 'large' else 40
if big < need: bad(f'n1 has >= {need} members', big)
if max(netmembers.values()) != big: bad('n1 is the largest', netmembers.most_common(1))
if big != manifest['bench']['bigNetwork']['members']: bad('manifest n1 members', big)
if rare_posts != manifest['bench']['rareWordPosts'] or rare_elsewhere: bad('rare word only in a handful of posts', (rare_posts, rare_elsewhere))
if typo_hits: bad('typo never appears', typo_hits)
mc = manifest['counts']
for t, k in (('person', 'persons'), ('network', 'networks'), ('member', 'members'), ('post', 'posts'), ('comment', 'comments'), ('thanks', 'thanks')):
    if counts[t] != mc[k]: bad('manifest counts', (t, counts[t], mc[k]))
sp = manifest['bench']['samplePerson']
if sp['email'] not in {r['email'] for r in hr.values()} or sp['email'].split('@')[0] != sp['username']: bad('sample person', sp)

def dist(xs):
    xs = sorted(xs); n = len(xs)
    return f'min {xs[0]} p10 {xs[n // 10]} median {xs[n // 2]} p90 {xs[9 * n // 10]} max {xs[-1]} mean {sum(xs) / n:.1f}'
sizes = sorted(netmembers.values(), reverse=True)
print('records:', dict(counts), '| personal posts', personal, f'({personal / max(1, counts["post"]):.1%})')
print('network sizes:', dist(sizes), f'| 5..50: {sum(5 <= s <= 50 for s in sizes) / len(sizes):.0%} | top 5: {sizes[:5]}')
print('visibility', dict(vis), '| access', dict(acc), '| join', dict(join), '| status', dict(status), '| posting', dict(posting))
print('topics per network', dict(sorted(topics_n.items())), '| departments per network', dict(sorted(deps_n.items())))
print('post words:', dist(post_words))
print('comment words:', dist(comment_words))
print('title words:', dist(title_words), '| tags per post', dict(sorted(tag_counts.items())))
print('comments per post:', dist([post_comments[p] for p in posts]), '| replies', sum(1 for c in comments.values() if c[3]))
print(f'common word "{common}" in {common_posts} posts, phrase "{phrase}" in {phrase_posts}, rare "{rare}" in {rare_posts}, typo "{typo}" in {typo_hits} lines')
pa = collections.Counter(a for a, _, _ in posts.values())
print('posts per author:', dist(list(pa.values())), f'| {len(pa)} authors | top {pa.most_common(3)}')
if errors:
    for rule, ex in errors.items():
        print(f'FAIL {rule}: {sum(1 for _ in ex)} x, e.g. {[e for e in ex if e is not None][:5]}')
    sys.exit(1)
print('OK: all checks passed')
