"""Score the .html reader on saved pages with gold answers (e.g. ../shared/html/).

    .venv/bin/python scripts/score_html.py --pages ../shared/html [--gold ../shared/html/gold.json] [--check]

For each page in the gold file it reads what `warehouse explain FILE --json` gives (the cleaned
body the extractors read, title, date, publisher) and prints the body's word precision, recall
and F1 against the gold body, and whether the date and publisher are right. A page whose gold
has no body is not an article: it must yield no facts. `--check` exits 1 unless every article
page has body F1 >= 0.90, the right date and publisher, and no non-article page yields facts.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from etl.explain import explain_json

MIN_BODY_F1 = 0.90


def word_scores(predicted: str, gold: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the words (split on whitespace, counted with repeats)."""
    p, g = Counter(predicted.split()), Counter(gold.split())
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def score_page(path: Path, gold: dict | None) -> tuple[dict, bool]:
    """One page's row of scores, and whether it meets the targets."""
    outputs = [json.loads(line) for line in explain_json(path)]
    articles = [o for o in outputs if "skipped" not in o]
    if not gold or not gold.get("body"):
        facts = sum(len(v) for a in articles for v in a["facts"].values())
        reason = next((o["skipped"] for o in outputs if "skipped" in o), "")
        return {"page": path.name, "article": False, "facts": facts, "skipped": reason}, facts == 0
    if len(articles) != 1:
        return {
            "page": path.name,
            "article": True,
            "error": f"{len(articles)} articles read",
            "outputs": outputs,
        }, False
    a = articles[0]
    precision, recall, f1 = word_scores(a["body"], gold["body"])
    row = {
        "page": path.name, "article": True, "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(f1, 3), "date": a["published_date"], "date_ok": a["published_date"] == gold.get("date"),
        "publisher": a["publisher"], "publisher_ok": a["publisher"] == gold.get("publisher"), "title": a["title"],
        "title_ok": a["title"] == gold.get("title"),
    }  # fmt: skip
    return row, f1 >= MIN_BODY_F1 and row["date_ok"] and row["publisher_ok"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, required=True, help="folder of saved pages")
    parser.add_argument("--gold", type=Path, default=None, help="gold answers (default: PAGES/gold.json)")
    parser.add_argument("--check", action="store_true", help="exit 1 unless every target is met")
    parser.add_argument("--json", action="store_true", help="one JSON object per page")
    args = parser.parse_args(argv)
    gold = json.loads((args.gold or args.pages / "gold.json").read_text(encoding="utf-8"))
    all_ok = True
    for name in sorted(gold):
        row, ok = score_page(args.pages / name, gold[name])
        all_ok &= ok
        if args.json:
            print(json.dumps({**row, "ok": ok}, ensure_ascii=False))
        elif row["article"] and "f1" in row:
            print(
                f"{'ok ' if ok else 'BAD'} {name}: body P {row['precision']:.3f} R {row['recall']:.3f} "
                f"F1 {row['f1']:.3f}; date {row['date']} {'right' if row['date_ok'] else 'WRONG'}; "
                f"publisher {row['publisher']} {'right' if row['publisher_ok'] else 'WRONG'}; "
                f"title {'right' if row['title_ok'] else 'differs: ' + str(row['title'])}"
            )
        elif row["article"]:
            print(f"BAD {name}: {row['error']}")
        else:
            print(f"{'ok ' if ok else 'BAD'} {name}: not an article, {row['facts']} facts ({row['skipped']})")
    return 1 if args.check and not all_ok else 0


if __name__ == "__main__":
    sys.exit(main())
