"""Result records of tagging: :class:`Tag` (one per statement), :class:`Label`, :class:`Evidence`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hyte_nlp.minutes import Statement


@dataclass(frozen=True, slots=True)
class Label:
    """A label chosen for a statement.

    Attributes:
        id: The label id (``"mieli"``).
        name: Its Finnish name from the codebook (``"Mielen hyvinvoinnin edistäminen"``).
        score: Calibrated score in [0, 1].
    """

    id: str
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason behind a chosen label.

    Attributes:
        kind: ``"context"`` (a heading or table header names the label), ``"cue"`` (a codebook cue
            in the text), ``"lemma"``, ``"part"`` (compound part), ``"head"`` (compound head),
            ``"bigram"``, ``"verb"`` (a verb form), ``"length"`` or ``"default"`` (nothing else
            chosen: the facet's default label).
        text: What was found, e.g. ``"nuuska"`` or ``"Ikääntyneet"``.
        detail: How it was found, e.g. ``"cue 'tupakka' as compound head of 'sähkötupakka'"``.
        weight: Contribution to the label's decision value (context and default: 0).
    """

    kind: str
    text: str
    detail: str = ""
    weight: float = 0.0

    def __str__(self) -> str:
        base = f"{self.kind}: {self.text}"
        if self.detail:
            base += f" ({self.detail})"
        if self.weight:
            base += f" {self.weight:+.2f}"
        return base


@dataclass(frozen=True)
class Tag:
    """The tags of one statement.

    Attributes:
        statement: The statement tagged (made from the text when plain text was given).
        lemmas: Lemmas of its words, in order.
        labels: Per facet id, the chosen labels, best first.
        scores: Per facet id, every label's calibrated score.
    """

    statement: Statement
    lemmas: tuple[str, ...]
    labels: Mapping[str, list[Label]]
    scores: Mapping[str, dict[str, float]]
    _explain: Callable[[str], dict[str, list[Evidence]]] = field(repr=False, compare=False, default=lambda facet: {})

    def explain(self, facet: str) -> dict[str, list[Evidence]]:
        """The evidence behind each chosen label of ``facet``, strongest first.

        Args:
            facet: A facet id of the codebook (``"theme"``).

        Returns:
            Chosen label id -> its :class:`Evidence` list (context, cues, lemmas, compound parts
            that pushed the label up).

        Raises:
            KeyError: the codebook has no such facet.
        """
        if facet not in self.labels:
            raise KeyError(f"no facet {facet!r}; facets: {', '.join(self.labels)}")
        return self._explain(facet)

    def label_ids(self, facet: str) -> list[str]:
        """Ids of the chosen labels of ``facet``, best first."""
        return [label.id for label in self.labels[facet]]

    def to_record(self) -> dict[str, Any]:
        """The ``tag`` JSONL record of API.md: the statement, ``lemmas`` and one key per facet."""
        record = self.statement.to_dict()
        record["lemmas"] = list(self.lemmas)
        for facet, labels in self.labels.items():
            record[facet] = [{"id": label.id, "score": round(label.score, 4)} for label in labels]
        return record


__all__ = ["Evidence", "Label", "Tag"]
