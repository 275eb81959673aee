"""Deterministic generator of the templated part of the provision corpus.

Usage (from the repository root):  python3 seeds/training/generator/generate.py
Writes seeds/training/generated.jsonl. The same script always writes the same file (fixed seed, no clock, no
environment), so the file in the repository can be checked by re-running it and diffing.
"""
import json
import os
import random
import re

from slots import (SECTORS, PLACES, COUNTIES, TOWNSHIPS, ORGS, ITEM_MARKS, SMALL_AMOUNTS, BIG_AMOUNTS, PCTS, YEARS,
                   MONTHS, LAWS, DATES)
from templates_problem import LICENSE, PENALTY, COERCION, FEE, RIGHTS, POWER, COMPETITION
from templates_ok import OK

SEED = 20261127
ROWS_PER_PROBLEM_TEMPLATE = 8
ROWS_PER_OK_TEMPLATE = 14
HEADING_NUMERALS = ["一", "二", "三", "四", "五", "六", "七"]
DOC_WORDS = ["本办法", "本规定", "本细则", "本实施意见", "本方案"]


def fill(template, rng):
    sector, dept, subj, act, permit, goods, place = rng.choice(SECTORS)
    law, art = rng.choice(LAWS)
    values = {
        "sector": sector, "d": dept, "s": subj, "a": act, "p": permit, "g": goods, "pl": place,
        "loc": rng.choice(PLACES), "cty": rng.choice(COUNTIES), "t": rng.choice(TOWNSHIPS), "o": rng.choice(ORGS),
        "sa": rng.choice(SMALL_AMOUNTS), "ba": rng.choice(BIG_AMOUNTS), "pct": rng.choice(PCTS),
        "pct2": rng.choice(["0.5", "1", "2", "3"]), "sa2": rng.choice(["2", "3", "5"]),
        "y": rng.choice(YEARS), "m": rng.choice(MONTHS), "law": law, "art": art, "date": rng.choice(DATES),
        "unit": rng.choice(["户每月", "车次", "平方米", "人次", "吨"]), "n": rng.choice(["5", "7", "10", "15", "20"]),
        "yn": rng.choice(["二", "三", "五"]), "year": rng.choice(["2025", "2026", "2027"]),
        "hn": rng.choice(HEADING_NUMERALS),
    }
    text = template.format(**values)
    # Documents call themselves by their kind; vary it so the model does not learn one document's self-reference.
    text = text.replace("本办法", rng.choice(DOC_WORDS)) if "本办法" in text and rng.random() < 0.4 else text
    return text, sector


def shape(text, rng, heading):
    """Puts a provision in one of the forms it takes in a county draft: a plain clause, an enumerated item, or a
    bullet of a 实施方案 ("一是……")."""
    if heading:
        return text, "heading"
    r = rng.random()
    if r < 0.6:
        return text, "clause"
    mark = rng.choice(ITEM_MARKS)
    return mark + text, "item"


def generate():
    rng = random.Random(SEED)
    rows, seen = [], set()
    groups = [("license", LICENSE), ("penalty", PENALTY), ("coercion", COERCION), ("fee", FEE), ("rights", RIGHTS),
              ("power", POWER), ("competition", COMPETITION), ("ok", OK)]
    for label, templates in groups:
        per = ROWS_PER_OK_TEMPLATE if label == "ok" else ROWS_PER_PROBLEM_TEMPLATE
        for tid, template in templates:
            heading = not re.search(r"[。；]$", template)
            made, attempts = 0, 0
            target = 3 if heading else per
            while made < target and attempts < per * 20:
                attempts += 1
                text, sector = fill(template, rng)
                text, form = shape(text, rng, heading)
                if text in seen:
                    continue
                seen.add(text)
                rows.append({"text": text, "category": label, "source": f"generated:{tid}",
                             "note": f"sector={sector}; form={form}"})
                made += 1
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "generated.jsonl")
    rows = generate()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
    print(out, len(rows), counts)


if __name__ == "__main__":
    main()
