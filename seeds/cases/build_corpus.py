#!/usr/bin/env python3
"""Builds the real labelled corpus in seeds/cases/ from ../shared/data (run from the repository root:
python3 seeds/cases/build_corpus.py [shared-data-folder]). Deterministic: same input, same bytes.

Every row keeps its provenance fields and gains:
  text      the document's own words: a Zhejiang row "X作为采购人的《…》规定“clause”" is cut to the clause (the list's
            description of where it came from is not document text), and the quotation marks a bulletin puts around
            the words it quotes are dropped; the row as published is kept in `published_text` when it differs
  category  the classifier label (competition, license, fee, rights, ..., ok)
  group     the source a grouped k-fold split keeps on one side: the bulletin, the list or the document
  origin    which input file it comes from
  rule_split  dev when the built-in rules were written with the row at hand, held-out when the row was never read
            while writing rules or their tests (the split of docs/evaluation/fair-competition.md, fixed on 2026-12-02:
            held out are the Zhejiang supervision list and the bulletins published from 2023 on or undated, unless a
            row is marked in_dev_set); central documents have none
Central documents give real negatives: one row per paragraph of a State Council document (label ok)."""
import json, os, re, sys, unicodedata

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'data')
out = os.path.join('seeds', 'cases')


def norm(s):
    s = unicodedata.normalize('NFKC', s).replace(' ', '').replace('\u3000', '')
    # One bulletin is cited under several names: with and without the issuing office in front.
    s = re.sub(r'^(国家发展改革委办公厅|国家发展和改革委员会办公厅|市场监管总局|国家市场监督管理总局)', '', s)
    return s


def read(name):
    with open(os.path.join(data, 'cases', name), encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]


def write(name, rows):
    with open(os.path.join(out, name), 'w', encoding='utf-8', newline='\n') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + '\n')


def own_words(origin, text):
    """The document's own words of a row (the same preparation for every row of an origin, problem or not)."""
    if origin == 'zhejiang-review-findings':
        said = text.find('规定“')
        if said >= 0:
            close = text.rfind('”')
            return text[said + 3:close] if close > said + 3 else text[said + 3:]
        said = text.find('规定')
        return text[said + 2:] if said >= 0 and '作为采购人' in text[:said] else text
    return text.replace('“', '').replace('”', '')


def prepare(row, origin):
    words = own_words(origin, row['text']).strip()
    if words != row['text']:
        row['published_text'] = row['text']
        row['text'] = words


parent = {}


def find(k):
    parent.setdefault(k, k)
    while parent[k] != k:
        parent[k] = parent[parent[k]]
        k = parent[k]
    return k


def union(a, b):
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


# The violation type of a competition row: which of the four standards of fair-competition review it breaches
# (公平竞争审查条例: market entry and exit; free movement of goods and factors; costs of production and business;
# conduct of production and business). Taken from the standard the reviewers named when they named one (the
# Zhejiang lists' legal basis, the bulletin summaries' subtype), else from keywords of the reviewers' own words
# (problem, subtype, legal basis), never from the provision's text.
STANDARDS = [('entry', '市场准入和退出'), ('flow', '商品和要素自由流动'), ('cost', '生产经营成本'), ('conduct', '生产经营行为')]
KEYWORDS = [
    ('cost', r'补贴|奖励|奖补|优惠|税收|返还|保证金|扶持资金|财政资金|减免|贴息'),
    ('flow', r'自由流动|外地商品|本地产品|本地企业产品|采购|招标|投标|外地经营者'),
    ('entry', r'准入|退出|名录|分支机构|分公司|子公司|注册地|资质|许可|指定|独家|唯一|限定'),
    ('conduct', r'垄断|价格|协议|强制'),
]


def violation_type(r):
    if r['category'] != 'competition':
        return r['category']
    named = ' '.join(r.get(k, '') for k in ('subtype', 'legal_basis'))
    for code, name in STANDARDS:
        if name in named:
            return code
    words = ' '.join(r.get(k, '') for k in ('problem', 'subtype', 'legal_basis'))
    for code, pattern in KEYWORDS:
        if re.search(pattern, words):
            return code
    return 'entry'


TYPE_NAMES = {'entry': '市场准入和退出', 'flow': '商品和要素自由流动', 'cost': '影响生产经营成本', 'conduct': '影响生产经营行为',
              'license': '违法设定行政许可', 'fee': '违法设定收费', 'rights': '减损权利、增加义务', 'penalty': '违法设定行政处罚'}

dev = read('published-cases-dev.jsonl')
summaries = read('bulletin-case-summaries.jsonl')
zhejiang = read('zhejiang-review-findings.jsonl')

# Group keys before merging: a dev row's bulletin is the first 《…》 of its citation (for compliant rows and the
# statute, the document it quotes); a summary's is its bulletin; a Zhejiang row's is its list.
def dev_key(r):
    m = re.search(r'《(.+?)》', r['source'])
    return 'bulletin:' + norm(m.group(1) if m else r['source'][:40])

def dev_title(r):
    m = re.search(r'案例标题：(.+?)。', r['source'])
    return norm(m.group(1)) if m else None

for r in dev:
    find(dev_key(r))
for r in summaries:
    find('bulletin:' + norm(r['bulletin']))
# The same case quoted in the dev set and summarised in a bulletin: its two bulletins' names are one source.
titles = {}
for r in dev:
    t = dev_title(r)
    if t:
        titles.setdefault(t, dev_key(r))
for r in summaries:
    t = norm(r['case_title'])
    if t in titles:
        union(titles[t], 'bulletin:' + norm(r['bulletin']))

rows = []
for r in dev:
    row = dict(r)
    row['group'] = find(dev_key(r))
    row['origin'] = 'published-cases-dev'
    row['rule_split'] = 'dev'
    prepare(row, row['origin'])
    row['officially_published'] = True
    row['type'] = violation_type(r)
    rows.append(row)
write('published-cases.jsonl', rows)
bank = []
for row in rows:
    if row['category'] == 'ok':
        continue
    m = re.match(r'(.*?)《(.+?)》(?:（(\d{4}-\d{2}-\d{2})）)?', row['source'])
    bank.append({'id': row['id'], 'text': row['text'], 'category': row['category'], 'type': row['type'],
                 'type_name': TYPE_NAMES[row['type']], 'bulletin': m.group(2) if m else row['source'][:60],
                 'issuer': row.get('doc', '').split('；')[-1] if '；' in row.get('doc', '') else (m.group(1) if m else ''),
                 'date': (m.group(3) or '') if m else '', 'title': dev_title(row) or row.get('doc', ''),
                 'group': row['group'], 'verbatim': True, 'officially_published': True})

rows = []
for r in zhejiang:
    row = dict(r)
    m = re.search(r'《(.+?)》', r['source'])
    row['group'] = 'list:' + norm(m.group(1))
    row['origin'] = 'zhejiang-review-findings'
    row['rule_split'] = 'held-out' if '督查' in r['source'] else 'dev'
    prepare(row, row['origin'])
    row['officially_published'] = 'unknown'
    row['type'] = violation_type(r)
    rows.append(row)
    bank.append({'id': row['id'], 'text': row['text'], 'category': row['category'], 'type': row['type'],
                 'type_name': TYPE_NAMES[row['type']], 'bulletin': m.group(1) + '（未核实是否正式公开）',
                 'issuer': row.get('doc', '').split('；')[-1] if '；' in row.get('doc', '') else row.get('region', ''),
                 'date': '', 'title': row.get('doc', '').split('；')[0],
                 'group': row['group'], 'verbatim': True, 'officially_published': 'unknown'})
write('zhejiang-review-findings.jsonl', rows)

rows = []
for r in summaries:
    row = dict(r)
    row['group'] = find('bulletin:' + norm(r['bulletin']))
    row['origin'] = 'bulletin-case-summaries'
    row['rule_split'] = 'dev' if r.get('in_dev_set') is True or (len(r.get('published') or '') >= 4 and r['published'][:4] <= '2022') else 'held-out'
    prepare(row, row['origin'])
    row['verbatim'] = False
    row['officially_published'] = True
    row['type'] = violation_type(r)
    rows.append(row)
    bank.append({'id': row['id'], 'text': row['text'], 'category': row['category'], 'type': row['type'],
                 'type_name': TYPE_NAMES[row['type']], 'bulletin': row['bulletin'], 'issuer': row['issuer'],
                 'date': row['published'], 'title': row['case_title'],
                 'group': row['group'], 'verbatim': False, 'officially_published': True})
write('bulletin-case-summaries.jsonl', rows)
# The case bank the nearest-case index is built from (embedded in LegalReview.Classifier): every real problem row
# with what a lawyer is shown of it.
write(os.path.join('bank', 'case-bank.jsonl'), bank)

# Central documents: every paragraph of the body as one provision. Skipped: the title lines before the 文号, the
# 文号 itself, the addressee line, headings of 12 characters or fewer, and the issuer and date at the end.
docs = os.path.join(data, 'documents', 'state-council')
index = {}
with open(os.path.join(docs, 'index.tsv'), encoding='utf-8') as f:
    head = f.readline().rstrip('\n').split('\t')
    for line in f:
        cells = dict(zip(head, line.rstrip('\n').split('\t')))
        index[cells['file']] = cells
rows = []
number = re.compile(r'^[\u4e00-\u9fff]{1,6}〔\d{4}〕\d+号$')
dateline = re.compile(r'^\d{4}年\d{1,2}月\d{1,2}日$|^[一二〇○零]{4}年')
for name in sorted(index):
    meta = index[name]
    with open(os.path.join(docs, name), encoding='utf-8') as f:
        lines = [l.strip() for l in f]
    start = next((i + 1 for i, l in enumerate(lines) if number.match(l)), 0)
    n = 0
    for l in lines[start:]:
        if len(l) <= 12 or l.endswith('：') and len(l) < 60 or dateline.match(l) or l.startswith('（此件') or l.startswith('附件'):
            continue
        n += 1
        rows.append({
            'id': '%s#%d' % (name[:-4], n),
            'text': l,
            'category': 'ok',
            'group': 'document:' + meta['number'],
            'origin': 'state-council-documents',
            'document': meta['title'],
            'issuer': meta['issuer'],
            'number': meta['number'],
            'source': meta['source_url'],
            'verbatim': True,
            'officially_published': True,
        })
write('state-council-provisions.jsonl', rows)
