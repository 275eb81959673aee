"""Tabulates `legalreview batch` findings on the 55 State Council documents with a reviewing lawyer's verdicts.

    dotnet build src/LegalReview.Cli -c Release -o /tmp/lr
    dotnet /tmp/lr/legalreview.dll batch ../shared/data/documents/state-council --out /tmp/sc -p 1
    python3 docs/evaluation/state-council.py /tmp/sc/findings.jsonl > docs/evaluation/state-council.md.table

The verdicts below were written by reading each finding in its document (see state-council.md); they are keyed by
rule and message pattern, and every finding the run produces gets one, or "unjudged" when a new pattern appears.
"""
import collections, json, re, sys

VERDICTS = [
    ("LR5009", r"但文件未附该附件", "false", "附件实际附后，但其标题在网页中分两行且逐字加空格（“协 调 委 员 会”），阅读器未能把它与附件说明对上"),
    ("LR4013", r"有效期已于", "true", "文件自定执行期限（至2023年12月31日）已届满，清理时应当确认失效或者重新评估，提示正确"),
    ("LR5003", r"未加书名号", "debatable", "国务院办公厅原标题即未加书名号；印发规章类文件（规定）时加书名号是现行格式要求，形式提示可以保留"),
    ("LR3009", r"自行减免税收", "false",
     "国务院依《税收征收管理法》第三条和各税种法的授权规定税收减免，国务院文件正是地方文件须援引的依据；LR3009 应当豁免中央文件（属公平竞争规则，由 fc 负责）"),
    ("LR4007", r"不在行政规范性文件合法性审核的范围内", "true", "批复、函、答复、工作规则、工作方案和以令公布的行政法规确不属规范性文件合法性审核范围；一条说明代替程序问题"),
    ("LR4007", r"附件未随文本提供", "true", "正文列明的附件不在网页文本中，提示如实"),
    ("LR4007", r"未规定施行日期", "false", "中央文件自印发之日起施行为通例，不应按县级草案要求施行日期"),
    ("LR4008", r"未规定有效期", "false", "中央文件不受国办发〔2018〕37号对地方规范性文件有效期的要求"),
    ("LR5006", r"序数不连续：“一、”处应为第", "false", "阅读器把印发通知与所附文件的层次合并计数；所附文件的“一、”重新起编是正确的"),
    ("LR5006", r"序数不连续：“1\.”处应为第", "false", "同上：附件或下一层次重新起编"),
    ("LR5006", r"越过了“（一）”层次", "debatable", "2004—2006 年函件中“一、”下直接用“1.”，按 GB/T 9704-2012 的层次应为“（一）”；文件早于该标准，形式提示可以保留"),
    ("LR5006", r"序数不连续：“2\.”处应为第1个", "false", "附件中的列举接续正文序号，阅读器分组有误"),
    ("LR5006", r"第三层序数", "debatable", "“2、”式序号不合现行格式标准，但文件早于标准"),
    ("LR5007", r"未加书名号", "true", "“按照行政诉讼法”引用法律未加书名号，按现行公文规范应加"),
    ("LR5007", r"应当使用全称", "debatable", "首次引用“清洁生产促进法”未用全称；函件中通行简称，形式提示"),
    ("LR5008", r"半角", "true", "网页文本中的半角括号或分号，形式提示（可能为转载所致）"),
    ("LR5008", r"没有与之配对", "false", "书名号或括号跨行：网页把一个标题断成两行，成对标点分在两个段落"),
    ("LR5009", r"与所附附件.*不一致", "false", "附件标题在网页中断行，阅读器只取了第一行"),
    ("LR5009", r"详见附件", "true", "正文引用附件 1、2，但网页文本未附（亦见 LR4007 的说明）"),
    ("LR5010", r"原则上", "debatable", "中央政策文件中“原则上”是有意保留的政策弹性；对设定义务的县级文件才是问题。提示级别"),
    ("LR5010", r"视情况|另行规定|按有关规定执行", "debatable", "批复、行政法规中的授权性表述，提示级别，审核人员可判断"),
    ("LR6003", r"停止执行", "debatable", "2004 年的《国务院工作规则》引用当时有效的《国家行政机关公文处理办法》；按今日清理的角度提示其已停止执行是正确的，但对当年的文件不构成错误"),
]

def verdict(f):
    if f.get("source") in ("classifier", "nearest-cases"):
        return ("false", "分类器或相似案例提示（info，单列）：合规的中央文件条款；随机抽读 10 条（均为指标表格行、名单标题等）均不成立，其余未逐条阅读")
    for rule, pattern, v, why in VERDICTS:
        if f["ruleId"] == rule and re.search(pattern, f["message"]):
            return (v, why)
    return ("unjudged", "")

rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
count = collections.Counter()
print("| 文件 | 规则 | 级别 | 位置 | 原文 | 判断 | 理由 |")
print("|---|---|---|---|---|---|---|")
hints = collections.Counter()
for r in rows:
    # Since schema 1.2 the batch journal keeps the model's hints apart, in "hints"; older journals had them in "findings".
    for f in r["findings"] + r.get("hints", []):
        if f.get("suppressed"):
            continue
        v, why = verdict(f)
        count[(f["severity"], "hint" if f.get("source") != "rule" else "rule", v)] += 1
        if f.get("source") != "rule":
            hints[v] += 1
            continue
        quote = f["quote"][:24].replace("\n", " ").replace("|", "｜")
        print(f"| {r['file']} | {f['ruleId']} | {f['severity']} | {f['location']['label']} | {quote} | {v} | {why} |")
print()
print("| 级别 | 来源 | 判断 | 数量 |")
print("|---|---|---|---|")
for (sev, src, v), n in sorted(count.items()):
    print(f"| {sev} | {src} | {v} | {n} |")
