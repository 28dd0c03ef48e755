"""Codebooks: the facets and labels a statement is tagged with, loaded from TOML or YAML.

The default codebook (``hyte_nlp/data/codebook.toml``) is the taxonomy of the wellbeing
negotiations; a county with other priorities or themes writes its own file of the same shape and
passes it to :func:`load_codebook` / :func:`hyte_nlp.load_tagger`. Every problem in such a file is
reported as a :class:`~hyte_nlp.errors.CodebookError` that names the file, the facet and the label.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from hyte_nlp.errors import CodebookError

#: Ids are used as JSON keys, column names and file names: keep them plain.
_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")

_TOP_KEYS = {"id", "version", "name_fi", "name_en", "description", "facets"}
_FACET_KEYS = {"id", "name_fi", "name_en", "description", "multi_label", "default", "max_labels", "labels"}
_LABEL_KEYS = {"id", "name_fi", "name_en", "description", "cues", "context_cues", "kinds"}

DEFAULT_CODEBOOK_NAME = "codebook.toml"


@dataclass(frozen=True, slots=True)
class CodebookLabel:
    """One label of a facet.

    Attributes:
        id: Stable identifier (``"liikunta"``).
        name_fi: Finnish name shown in reports.
        name_en: English name.
        description: What belongs under the label.
        cues: Lemmas or lemma sequences (space-separated) that often signal the label.
        context_cues: Lemmas that, in a heading or table header, name the label (may be empty:
            then the label's distinctive name lemmas are used).
        kinds: Statement kinds (``"action"``...) that name the label: the readers mark agreed
            actions as ``kind="action"``, so ``sopimus`` lists ``["action"]``.
    """

    id: str
    name_fi: str
    name_en: str = ""
    description: str = ""
    cues: tuple[str, ...] = ()
    context_cues: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Facet:
    """One dimension of tagging (priority, age group, theme, statement type).

    Attributes:
        id: Stable identifier (``"priority"``).
        name_fi: Finnish name.
        name_en: English name.
        multi_label: Whether a statement may get several labels (``False``: exactly one).
        default: The label given when no other label is chosen (``"yhteiset"``, ``"tieto"``).
        max_labels: Upper bound on labels per statement for a multi-label facet (``None``: no bound).
        labels: The labels, in codebook order.
    """

    id: str
    name_fi: str
    name_en: str
    multi_label: bool
    labels: tuple[CodebookLabel, ...]
    default: str | None = None
    max_labels: int | None = None

    @property
    def label_ids(self) -> tuple[str, ...]:
        return tuple(label.id for label in self.labels)

    def label(self, label_id: str) -> CodebookLabel:
        for label in self.labels:
            if label.id == label_id:
                return label
        raise KeyError(f"facet {self.id!r} has no label {label_id!r}; labels: {', '.join(self.label_ids)}")


@dataclass(frozen=True, slots=True)
class Codebook:
    """A validated codebook.

    Attributes:
        id: Identifier of the codebook (``"hyte-default"``).
        version: Its version string.
        name_fi: Finnish name.
        name_en: English name.
        facets: The facets, in file order.
        path: Where it was loaded from.
        sha256: Hash of its canonical content (ignores comments and formatting); models record it.
    """

    id: str
    version: str
    name_fi: str
    name_en: str
    facets: tuple[Facet, ...]
    path: str = ""
    sha256: str = ""

    @property
    def facet_ids(self) -> tuple[str, ...]:
        return tuple(facet.id for facet in self.facets)

    def facet(self, facet_id: str) -> Facet:
        for facet in self.facets:
            if facet.id == facet_id:
                return facet
        raise KeyError(f"codebook {self.id!r} has no facet {facet_id!r}; facets: {', '.join(self.facet_ids)}")

    def to_dict(self) -> dict[str, Any]:
        """The canonical content as plain data (what :attr:`sha256` hashes)."""
        return {
            "id": self.id,
            "version": self.version,
            "name_fi": self.name_fi,
            "name_en": self.name_en,
            "facets": [
                {
                    "id": f.id,
                    "name_fi": f.name_fi,
                    "name_en": f.name_en,
                    "multi_label": f.multi_label,
                    "default": f.default,
                    "max_labels": f.max_labels,
                    "labels": [
                        {
                            "id": lab.id,
                            "name_fi": lab.name_fi,
                            "name_en": lab.name_en,
                            "description": lab.description,
                            "cues": list(lab.cues),
                            "context_cues": list(lab.context_cues),
                            "kinds": list(lab.kinds),
                        }
                        for lab in f.labels
                    ],
                }
                for f in self.facets
            ],
        }


def default_codebook_path() -> Path:
    """Path of the codebook shipped in the package."""
    return Path(str(resources.files("hyte_nlp.data").joinpath(DEFAULT_CODEBOOK_NAME)))


def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load and validate a codebook (TOML, or YAML if PyYAML is installed).

    Args:
        path: A ``.toml``, ``.yaml`` or ``.yml`` file; ``None`` for the default codebook.

    Returns:
        The validated :class:`Codebook`. Loads are cached per file path and modification time.

    Raises:
        CodebookError: the file is missing, cannot be parsed, or breaks the codebook shape; the
            message names the file, the facet and the label at fault.

    >>> load_codebook().facet("age_group").default
    'yhteiset'
    """
    if path is not None and not isinstance(path, (str, Path)):
        raise TypeError(f"codebook path must be a str or Path, not {type(path).__name__}")
    file = default_codebook_path() if path is None else Path(path)
    try:
        mtime = file.stat().st_mtime_ns
    except OSError as err:
        raise CodebookError(f"{file}: codebook file not found ({err.strerror}). Check the path.") from err
    return _load_cached(str(file), mtime)


@lru_cache(maxsize=16)
def _load_cached(file: str, _mtime: int) -> Codebook:
    data = _parse_file(Path(file))
    return _validate(data, file)


def codebook_from_dict(data: dict[str, Any], source: str = "<codebook>") -> Codebook:
    """Validate plain data of the codebook shape (e.g. a model's ``codebook.json``).

    Raises:
        CodebookError: as :func:`load_codebook`, naming ``source``.
    """
    return _validate(data, source)


def _parse_file(file: Path) -> dict[str, Any]:
    suffix = file.suffix.lower()
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise CodebookError(f"{file}: not UTF-8 text ({err}). Save the codebook as UTF-8.") from err
    if suffix == ".toml":
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as err:
            raise CodebookError(f"{file}: invalid TOML: {err}.") from err
    if suffix in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped]
        except ImportError as err:
            raise CodebookError(
                f"{file}: reading a YAML codebook needs PyYAML (`pip install pyyaml`), or write the "
                "codebook as TOML."
            ) from err
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            raise CodebookError(f"{file}: invalid YAML: {err}") from err
        if not isinstance(data, dict):
            raise CodebookError(f"{file}: the top level of a codebook must be a mapping with 'facets'.")
        return data
    raise CodebookError(f"{file}: unknown codebook format {suffix!r}; use .toml, .yaml or .yml.")


def _where(file: str, facet: str | None = None, label: str | None = None) -> str:
    parts = [file]
    if facet is not None:
        parts.append(f"facet {facet!r}")
    if label is not None:
        parts.append(f"label {label!r}")
    return ", ".join(parts)


def _check_keys(data: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CodebookError(
            f"{where}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}."
        )


def _text(data: dict[str, Any], key: str, where: str, *, required: bool) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise CodebookError(f"{where}: missing {key!r}.")
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise CodebookError(f"{where}: {key!r} must be a non-empty string, got {value!r}.")
    return value.strip()


def _ident(data: dict[str, Any], where: str) -> str:
    value = _text(data, "id", where, required=True)
    if not _ID_RE.match(value):
        raise CodebookError(
            f"{where}: id {value!r} must be lowercase ASCII letters, digits and underscores, "
            "starting with a letter (e.g. 'lapset_nuoret')."
        )
    return value


def _cue_list(data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(c, str) and c.strip() for c in value):
        raise CodebookError(f"{where}: {key!r} must be a list of non-empty strings (lemmas or lemma sequences).")
    cues = tuple(" ".join(c.lower().split()) for c in value)
    seen: set[str] = set()
    for cue in cues:
        if cue in seen:
            raise CodebookError(f"{where}: cue {cue!r} is listed twice in {key!r}; remove the duplicate.")
        seen.add(cue)
    return cues


def _kinds(data: dict[str, Any], where: str) -> tuple[str, ...]:
    from hyte_nlp.minutes import STATEMENT_KINDS

    value = data.get("kinds", [])
    if not isinstance(value, list) or any(k not in STATEMENT_KINDS for k in value):
        raise CodebookError(f"{where}: 'kinds' must be a list of statement kinds from {', '.join(STATEMENT_KINDS)}; got {value!r}.")
    return tuple(value)


def _validate(data: dict[str, Any], file: str) -> Codebook:
    top = _where(file)
    if not isinstance(data, dict):
        raise CodebookError(f"{top}: the top level must be a table/mapping with 'facets'.")
    _check_keys(data, _TOP_KEYS, top)
    codebook_id = _text(data, "id", top, required=True)
    facets_raw = data.get("facets")
    if not isinstance(facets_raw, list) or not facets_raw:
        raise CodebookError(f"{top}: 'facets' must be a non-empty list of facets ([[facets]] in TOML).")
    facets: list[Facet] = []
    seen_facets: set[str] = set()
    for position, raw in enumerate(facets_raw, 1):
        if not isinstance(raw, dict):
            raise CodebookError(f"{top}: facet #{position} must be a table/mapping.")
        fid = _ident(raw, _where(file, f"#{position}"))
        where_f = _where(file, fid)
        if fid in seen_facets:
            raise CodebookError(f"{where_f}: facet id used twice; facet ids must be unique.")
        seen_facets.add(fid)
        _check_keys(raw, _FACET_KEYS, where_f)
        multi = raw.get("multi_label")
        if not isinstance(multi, bool):
            raise CodebookError(f"{where_f}: 'multi_label' must be true or false, got {multi!r}.")
        labels_raw = raw.get("labels")
        if not isinstance(labels_raw, list) or len(labels_raw) < (1 if multi else 2):
            need = "at least one label" if multi else "at least two labels (it is single-label)"
            raise CodebookError(f"{where_f}: 'labels' must be a list with {need}.")
        labels: list[CodebookLabel] = []
        seen_labels: set[str] = set()
        for lpos, lraw in enumerate(labels_raw, 1):
            if not isinstance(lraw, dict):
                raise CodebookError(f"{_where(file, fid, f'#{lpos}')}: each label must be a table/mapping.")
            lid = _ident(lraw, _where(file, fid, f"#{lpos}"))
            where_l = _where(file, fid, lid)
            if lid in seen_labels:
                raise CodebookError(f"{where_l}: label id used twice in this facet; label ids must be unique.")
            seen_labels.add(lid)
            _check_keys(lraw, _LABEL_KEYS, where_l)
            labels.append(
                CodebookLabel(
                    id=lid,
                    name_fi=_text(lraw, "name_fi", where_l, required=True),
                    name_en=_text(lraw, "name_en", where_l, required=False),
                    description=_text(lraw, "description", where_l, required=False),
                    cues=_cue_list(lraw, "cues", where_l),
                    context_cues=_cue_list(lraw, "context_cues", where_l),
                    kinds=_kinds(lraw, where_l),
                )
            )
        default = raw.get("default")
        if default is not None and default not in seen_labels:
            raise CodebookError(
                f"{_where(file, fid, str(default))}: 'default' names a label the facet does not have; "
                f"labels: {', '.join(sorted(seen_labels))}."
            )
        max_labels = raw.get("max_labels")
        if max_labels is not None and (isinstance(max_labels, bool) or not isinstance(max_labels, int) or max_labels < 1):
            raise CodebookError(f"{where_f}: 'max_labels' must be a positive integer, got {max_labels!r}.")
        if max_labels is not None and not multi:
            raise CodebookError(f"{where_f}: 'max_labels' only applies to multi-label facets.")
        facets.append(
            Facet(
                id=fid,
                name_fi=_text(raw, "name_fi", where_f, required=True),
                name_en=_text(raw, "name_en", where_f, required=False),
                multi_label=multi,
                labels=tuple(labels),
                default=default,
                max_labels=max_labels,
            )
        )
    version = data.get("version", "")
    codebook = Codebook(
        id=codebook_id,
        version=str(version),
        name_fi=_text(data, "name_fi", top, required=False),
        name_en=_text(data, "name_en", top, required=False),
        facets=tuple(facets),
        path=file,
    )
    canonical = json.dumps(codebook.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return Codebook(
        id=codebook.id,
        version=codebook.version,
        name_fi=codebook.name_fi,
        name_en=codebook.name_en,
        facets=codebook.facets,
        path=file,
        sha256=digest,
    )


__all__ = ["Codebook", "CodebookLabel", "Facet", "codebook_from_dict", "default_codebook_path", "load_codebook"]
