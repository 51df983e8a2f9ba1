"""`extract_figures` binds the sentences of a text in batches before it adds their context: the figures must be
those of one sentence at a time, in order, whatever the batch size."""

from __future__ import annotations

import extractors.figures as figures_module
from extractors.figures import extract_figures

_PLACES = ["Sirte", "Derna", "Tripoli", "Benghazi", "Misrata"]
_PAIRS = [("killed", "wounded"), ("dead", "missing"), ("displaced", "evacuated"), ("abducted", "released")]


def _text(n: int) -> str:
    out = []
    for k in range(n):
        a, b = _PAIRS[k % len(_PAIRS)]
        place = _PLACES[k % len(_PLACES)]
        out.append(
            f"At least {k + 2} people were {a} and {k + 3} {b} in {place} on Saturday, officials said."
        )
        if k % 7 == 0:
            out.append("Markets rose 12 points on 3 March.")  # a sentence with numbers and no figure
    return " ".join(out)


def test_batches_give_the_figures_of_one_sentence_at_a_time(monkeypatch):
    text = _text(3 * figures_module.BATCH + 5)
    batched = extract_figures(text)
    monkeypatch.setattr(figures_module, "BATCH", 1)
    single = extract_figures(text)
    assert batched == single
    assert len(batched) > 4 * figures_module.BATCH  # several full batches and a partial one
    assert [f.start for f in batched] == sorted(f.start for f in batched)
    for f in batched:
        assert text[f.start : f.end] == f.text


def test_a_batch_size_that_divides_the_bound_sentences_exactly(monkeypatch):
    text = _text(8)
    expected = extract_figures(text)
    for size in (2, 4, 16):
        monkeypatch.setattr(figures_module, "BATCH", size)
        assert extract_figures(text) == expected


def test_a_batch_ends_at_its_character_budget(monkeypatch):
    text = _text(40) + " " + "Markets rose 12 points as 4,500 people were displaced and 30 killed, " * 60
    expected = extract_figures(text)
    for chars in (1, 150, 2000):
        monkeypatch.setattr(figures_module, "BATCH_CHARS", chars)
        assert extract_figures(text) == expected
