"""`quizapp questions --coverage`: per paragraph, its claims and facts and the items asking
each; what nothing asks comes first, then paragraphs asked far more densely (items per word)
than the median one. With --strict, exit 1 when a declared claim is unasked or a paragraph is
that dense."""

from __future__ import annotations

import json

from quizapp.generate.coverage import DENSE_FACTOR, Coverage

EXIT_UNASKED = 1


def render_text(cov: Coverage, title: str) -> str:
    lines = [f"Coverage of {title}"]
    unasked, empty = cov.unasked_claims, cov.empty_paragraphs
    lines.append(f"Not asked: {len(unasked)} claim(s), {len(empty)} paragraph(s)")
    for para, claim in unasked:
        lines.append(f"  claim {claim} ({para.label}): {cov.claim_text[claim]}")
    for para in empty:
        lines.append(f"  paragraph {para.label}: no item")
    median = cov.median_density
    if median is not None:
        dense = cov.dense_paragraphs
        lines.append(
            f"Too dense: {len(dense)} paragraph(s) over {DENSE_FACTOR:g}x the median "
            f"{median:.1f} items per 100 words"
        )
        for para in dense:
            lines.append(f"  paragraph {para.label}: {para.density:.1f} items per 100 words")
    for para in cov.paragraphs:
        lines.append("")
        per_word = f", {para.density:.1f} per 100 words" if para.density is not None else ""
        lines.append(
            f"{para.label}: {para.items} item(s){per_word}, {len(para.claims)} claim(s), "
            f"{len(para.facts)} fact(s)"
        )
        for claim, n in sorted(para.claims.items(), key=lambda cn: (cn[1], cn[0])):
            lines.append(f"  {n:>3}  claim {claim}")
        for fact, n in sorted(para.facts.items(), key=lambda fn: (fn[1], fn[0])):
            lines.append(f"  {n:>3}  fact  {fact}")
    return "\n".join(lines)


def render_json(cov: Coverage) -> str:
    return json.dumps(
        {
            "unasked_claims": [c for _, c in cov.unasked_claims],
            "empty_paragraphs": [p.label for p in cov.empty_paragraphs],
            "median_items_per_100_words": cov.median_density,
            "dense_paragraphs": [p.label for p in cov.dense_paragraphs],
            "paragraphs": [
                {
                    "source": p.place[0],
                    "section": p.place[1] or None,
                    "paragraph": p.place[2] or None,
                    "label": p.label,
                    "items": p.items,
                    "words": p.words,
                    "claims": p.claims,
                    "facts": p.facts,
                }
                for p in cov.paragraphs
            ],
        },
        indent=2,
    )


def exit_code(cov: Coverage, strict: bool) -> int:
    return EXIT_UNASKED if strict and (cov.unasked_claims or cov.dense_paragraphs) else 0
