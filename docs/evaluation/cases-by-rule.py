"""Reviews the real cases as provisions, one file each, and counts per rule family the cases flagged.

Each case's text is wrapped as the only article of a minimal county document, exactly as `legalreview eval` wraps it
(ProvisionEvaluator.Wrap), and the folder is reviewed with `legalreview batch`; a case counts for a rule when the rule
reports a finding inside the article. Usage:

    python3 docs/evaluation/cases-by-rule.py LEGALREVIEW_DLL OUT_DIR ../shared/data/cases/published-cases-dev.jsonl ...
"""
import collections, json, os, pathlib, subprocess, sys

dll, out = sys.argv[1], pathlib.Path(sys.argv[2])
title = "某县人民政府关于印发某县管理办法的通知"
for path in sys.argv[3:]:
    source = pathlib.Path(path).stem
    folder = out / source
    folder.mkdir(parents=True, exist_ok=True)
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        text = row["text"].replace("\n", " ").strip()
        (folder / f"{row['id']}.txt").write_text(f"{title}\n第一条　{text}\n", encoding="utf-8")
    subprocess.run(["dotnet", dll, "batch", str(folder), "--out", str(out / (source + "-out")), "-p", "1"],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    per_rule = collections.Counter()
    per_family = collections.Counter()
    for rec in map(json.loads, open(out / (source + "-out") / "findings.jsonl", encoding="utf-8")):
        rules = {f["ruleId"] for f in rec.get("findings", [])
                 if f["location"]["label"].startswith("第一条") and not f.get("suppressed") and f.get("source") == "rule"}
        per_rule.update(rules)
        per_family.update({r[:3] + "x" for r in rules})
    print(source, "families:", dict(sorted(per_family.items())))
    print(source, "rules:", dict(sorted(per_rule.items())))
