"""Tags as a pandas DataFrame: one row per statement, one column per facet."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from hyte_nlp.tagging.tag import Tag

if TYPE_CHECKING:
    import pandas as pd


def to_dataframe(tags: Iterable[Tag]) -> pd.DataFrame:
    """One row per statement: its provenance, text, lemmas and, per facet, the chosen labels.

    Columns: ``id, text, kind, section, page, index, source, municipality, row_header,
    column_header, lemmas``, then per facet ``<facet>`` (list of chosen label ids, best first)
    and ``<facet>_scores`` (their scores). ``section`` is a tuple of headings.

    Example:
        >>> import hyte_nlp
        >>> df = hyte_nlp.to_dataframe(hyte_nlp.load_tagger().tag(["Uimahallin vuorot"]))
        >>> df.loc[0, "priority"]
        ['liikunta']
    """
    import pandas as pd

    rows = []
    facets: list[str] = []
    for tag in tags:
        if not isinstance(tag, Tag):
            raise TypeError(f"to_dataframe expects Tag objects (from Tagger.tag), got {type(tag).__name__}")
        s = tag.statement
        row = {
            "id": s.id,
            "text": s.text,
            "kind": s.kind,
            "section": s.section,
            "page": s.page,
            "index": s.index,
            "source": s.source,
            "municipality": s.municipality,
            "row_header": s.row_header,
            "column_header": s.column_header,
            "lemmas": list(tag.lemmas),
        }
        for facet, labels in tag.labels.items():
            if facet not in facets:
                facets.append(facet)
            row[facet] = [label.id for label in labels]
            row[f"{facet}_scores"] = [round(label.score, 4) for label in labels]
        rows.append(row)
    columns = ["id", "text", "kind", "section", "page", "index", "source", "municipality", "row_header", "column_header", "lemmas"]
    for facet in facets:
        columns += [facet, f"{facet}_scores"]
    return pd.DataFrame(rows, columns=columns)


__all__ = ["to_dataframe"]
