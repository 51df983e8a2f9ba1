"""The seed corpus: every `*.txt` of the seeds folder as a seed article with its figures."""

from __future__ import annotations

from pathlib import Path

from extractors.dedup.fingerprint import content_hash
from extractors.figures import extract_figures
from extractors.records import Article, Failure, Figure
from extractors.text.language import detect
from extractors.text.outlet import seed_outlet
from extractors.text.seed import META_FILE, SeedMeta, apply_meta, parse_seed, parse_seeds_meta
from extractors.text.urls import canonical_url


def read_seed_meta(seeds_dir: Path) -> tuple[dict[str, SeedMeta], list[Failure]]:
    """`seeds.toml` beside the seeds, if there is one: metadata by file stem, and its problems."""
    path = seeds_dir / META_FILE
    if not path.is_file():
        return {}, []
    try:
        metas, problems = parse_seeds_meta(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [Failure("seed", str(path), f"cannot read seed metadata: {exc}")]
    return metas, [Failure("seed", str(path), problem) for problem in problems]


def read_seeds(seeds_dir: Path) -> tuple[list[tuple[Article, list[Figure]]], list[Failure]]:
    """Every `*.txt` in `seeds_dir` as a seed article (`seed:<stem>`) with its figures."""
    seeds: list[tuple[Article, list[Figure]]] = []
    metas, failures = read_seed_meta(seeds_dir)
    for path in sorted(seeds_dir.glob("*.txt")):
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            failures.append(Failure("seed", str(path), f"cannot read seed file: {exc}"))
            continue
        meta = metas.get(path.stem)
        doc, problems = apply_meta(parse_seed(path.stem, raw), meta)
        failures += [Failure("seed", str(path), problem) for problem in problems]
        if not doc.text.strip():
            failures.append(Failure("seed", str(path), "seed file has no text"))
            continue
        url = meta.url if meta else None
        article = Article(
            article_id=f"seed:{path.stem}",
            url=url,
            canonical_url=canonical_url(url) if url else None,
            title=doc.title,
            source=seed_outlet(meta.source if meta else None, url, doc.title),
            published_at=doc.published_at,
            text=doc.text,
            content_hash=content_hash(doc.text),
            is_seed=True,
            language=detect(doc.text),
        )
        published = doc.published_at.date() if doc.published_at else None
        seeds.append((article, extract_figures(doc.text, published, language=article.language)))
    return seeds, failures
