"""Take a document's metadata (title, municipality, date, participants) out of its blocks.

Per docs/SEGMENTATION.md, the title line, labelled header lines (``Aika:``, ``Paikka:``,
``Läsnä:`` …) and the participant list under a *Läsnä* / *Osallistujat* heading or label are
metadata: :func:`extract_metadata` returns them as :class:`Metadata` and the body blocks without
them.

Where things are looked for, in order of trust:

- **date**: a labelled line (``Aika:``, ``Päivämäärä:``), then the title and other header-block
  lines, then the running header/footer, then the file name. Numeric (``12.3.2025``,
  ``12.3.25``, ``2025-03-12``) and written forms (``12. maaliskuuta 2025``,
  ``maaliskuun 12. päivänä 2025``).
- **municipality**: the title (the word before *kunnan*/*kaupungin*, a name after a colon or
  dash, or a capitalised genitive that is not the county's), a ``Kunta:`` line, other header
  lines, the running header, then the file name. Genitives become base names with Voikko
  (``Laukaan`` → ``Laukaa``); for names Voikko does not know, Finnish genitive rules with
  consonant-gradation guesses, checked against the file name.
- **participants**: ``Name, role, organisation`` or ``Name (role)`` entries from labelled lines,
  lists under a participants heading, or participant tables.

The label words, role words, organisation words and month names are data files under
``hyte_nlp/data/readers/`` and ``hyte_nlp/lang/fi/``.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from hyte_nlp.minutes import Participant
from hyte_nlp.readers.base import Block, RawDocument
from hyte_nlp.readers.cleanup import collapse_spaces
from hyte_nlp.readers.segment import split_agenda_numbering, strip_bullet
from hyte_nlp.package_data import data_lines

__all__ = [
    "Metadata",
    "extract_metadata",
    "find_date",
    "genitive_to_base",
    "label_tabs_to_colons",
    "parse_participants",
]


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a document says about itself, apart from its statements.

    Attributes:
        municipality: Base-form municipality name (``"Laukaa"``), if found.
        date: Date of the negotiation, if found.
        participants: People listed as present, with roles and organisations.
        title: The document's title line; without one, its first heading (which stays in the
            body as a section).
    """

    municipality: str | None = None
    date: _dt.date | None = None
    participants: tuple[Participant, ...] = ()
    title: str | None = None


# ------------------------------------------------------------------------------------------ data


def _load_labels() -> dict[str, tuple[str, str]]:
    labels: dict[str, tuple[str, str]] = {}
    for line in data_lines("data", "readers", "header_labels.tsv"):
        cols = [c.strip() for c in line.split("\t")]
        labels[cols[0].casefold()] = (cols[1], cols[2] if len(cols) > 2 else "")
    return labels


def _load_affixes(name: str) -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set()
    endings: list[str] = []
    for line in data_lines("lang", "fi", name):
        entry = line.strip().casefold()
        if entry.startswith("-"):
            endings.append(entry[1:])
        else:
            words.add(entry)
    return frozenset(words), tuple(endings)


def _load_months() -> dict[str, int]:
    forms: dict[str, int] = {}
    for line in data_lines("lang", "fi", "months.tsv"):
        cols = line.split("\t")
        for form in cols[1:]:
            forms[form.strip().casefold()] = int(cols[0])
    return forms


_LABELS = _load_labels()
_ROLE_WORDS, _ROLE_ENDINGS = _load_affixes("participant_roles.txt")
_ORG_WORDS, _ORG_ENDINGS = _load_affixes("organisation_words.txt")
_TITLE_WORDS = tuple(w.casefold() for w in data_lines("lang", "fi", "title_words.txt"))
_MONTHS = _load_months()

_LABEL_ALT = "|".join(re.escape(k) for k in sorted(_LABELS, key=len, reverse=True))
# "Aika: 12.3.2025", "Läsnä:", "Aika\t12.3.2025", "Pvm. 12.3.2025" (a dotted label needs no colon).
_LABEL_LINE_RE = re.compile(rf"^\s*({_LABEL_ALT})\s*(?::|\t|(?<=\.)\s)\s*(.*)$", re.IGNORECASE)
_LABEL_ONLY_RE = re.compile(rf"^\s*({_LABEL_ALT})\s*:?\s*$", re.IGNORECASE)
_LABEL_TAB_RE = re.compile(rf"^([ \t]*(?:{_LABEL_ALT}))[ ]*\t+", re.IGNORECASE | re.MULTILINE)


def label_tabs_to_colons(text: str) -> str:
    r"""Turn a tab after a header label at a line start into ``": "`` (``"Aika\t12.3."`` →
    ``"Aika: 12.3."``), so the label survives whitespace normalisation.

    >>> label_tabs_to_colons("Läsnä\tAino Aalto\nMuuta\tteksti")
    'Läsnä: Aino Aalto\nMuuta\tteksti'
    """
    return _LABEL_TAB_RE.sub(r"\1: ", text) if "\t" in text else text

# --------------------------------------------------------------------------------------- dates
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
_DATE_NUMERIC_RE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d])")
_DATE_ISO_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DATE_DAY_MONTH_RE = re.compile(rf"(?<!\d)(\d{{1,2}})\.?\s*({_MONTH_ALT})\s*(\d{{4}})(?!\d)", re.IGNORECASE)
_DATE_MONTH_DAY_RE = re.compile(
    rf"\b({_MONTH_ALT})\s+(\d{{1,2}})\.?\s*(?:päivänä|päivä|pnä|p\.)?\s*(?:vuonna\s+)?(\d{{4}})(?!\d)", re.IGNORECASE
)
_DATE_ONLY_LINE_RE = re.compile(
    r"^\s*(?:(?:ma|ti|ke|to|pe|la|su|maanantai(?:na)?|tiistai(?:na)?|keskiviikko(?:na)?|torstai(?:na)?|"
    r"perjantai(?:na)?|lauantai(?:na)?|sunnuntai(?:na)?)\.?\s+)?"
    r"[\d.\-\s]+(?:\s*(?:klo|kello)\s*[\d.:\s–-]+)?\s*$",
    re.IGNORECASE,
)


def _make_date(year: int, month: int, day: int) -> _dt.date | None:
    if year < 100:
        year += 2000
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> _dt.date | None:
    """The first valid date written in ``text`` (Finnish numeric, ISO or written forms).

    >>> find_date("Aika: keskiviikko 12.3.2025 klo 13.00–15.30")
    datetime.date(2025, 3, 12)
    >>> find_date("maaliskuun 12. päivänä 2025"), find_date("12. maaliskuuta 2025")
    (datetime.date(2025, 3, 12), datetime.date(2025, 3, 12))
    """
    found: list[tuple[int, _dt.date]] = []
    for m in _DATE_NUMERIC_RE.finditer(text):
        d = _make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
            break
    for m in _DATE_ISO_RE.finditer(text):
        d = _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found.append((m.start(), d))
            break
    for m in _DATE_DAY_MONTH_RE.finditer(text):
        d = _make_date(int(m.group(3)), _MONTHS[m.group(2).casefold()], int(m.group(1)))
        if d:
            found.append((m.start(), d))
            break
    for m in _DATE_MONTH_DAY_RE.finditer(text):
        d = _make_date(int(m.group(3)), _MONTHS[m.group(1).casefold()], int(m.group(2)))
        if d:
            found.append((m.start(), d))
            break
    return min(found)[1] if found else None


# -------------------------------------------------------------------------------- municipality
_WORD_RE = re.compile(r"[^\W\d_](?:[\w-]*\w)?")
_MUNICIPALITY_NOUN_RE = re.compile(r"^(?:kunta|kunnan|kunnassa|kuntaan|kaupunki|kaupungin|kaupungissa|kaupunkiin)$", re.I)
_COUNTY_RE = re.compile(r"^hyvinvointialue", re.I)
#: Voikko word classes accepted for a municipality name, most place-like first.
_NAME_CLASSES = ("paikannimi", "nimisana", "sukunimi", "nimi", "etunimi")
_FOLD = str.maketrans("äöåÄÖÅ", "aoaAOA")
# Weak -> strong consonant grade, for genitives of names Voikko does not know:
# "Mäntyrannan" -> "Mäntyranta", "Kallion" (no change), "Lahden" -> "Lahti".
_GRADATION = (("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("mm", "mp"), ("ng", "nk"), ("d", "t"), ("v", "p"))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_FOLD).casefold()


def _restore_case(base: str, original: str) -> str:
    """Give ``base`` the capitalisation of ``original`` part by part (``keski-suomi`` → ``Keski-Suomi``)."""
    b_parts, o_parts = base.split("-"), original.split("-")
    out = []
    for i, part in enumerate(b_parts):
        src = o_parts[i] if i < len(o_parts) else o_parts[-1]
        out.append(part[:1].upper() + part[1:] if src[:1].isupper() else part)
    return "-".join(out)


def _rule_guesses(word: str) -> list[str]:
    """Base-form guesses for a Finnish genitive Voikko does not know, most likely first."""
    if len(word) < 3 or not word.endswith("n"):
        return [word]
    stem = word[:-1]
    guesses: list[str] = [stem]
    if stem.endswith("e") and not stem.endswith("ee"):
        guesses.insert(0, stem[:-1] + "i")  # "Kivijärven" -> "Kivijärvi"
    for base in list(guesses):
        for weak, strong in _GRADATION:
            core = base[:-1]
            if core.endswith(weak):
                guesses.append(core[: -len(weak)] + strong + base[-1])
    if stem.endswith(("aa", "ää")):
        guesses.append(stem[:-2] + "as" if stem.endswith("aa") else stem[:-2] + "äs")  # "Kankaan" -> "Kangas"
    seen: list[str] = []
    for g in guesses:
        if g not in seen:
            seen.append(g)
    return seen


def genitive_to_base(word: str, hint: str | None = None) -> str:
    """The base (nominative) form of a place name that may be in the genitive.

    Voikko's analysis is used when it knows the word (``Laukaan`` → ``Laukaa``,
    ``Mäntyrannan`` → ``Mäntyranta``); otherwise Finnish genitive rules give guesses, and the one
    that matches ``hint`` (e.g. the file name, ä/ö folded) wins, else the likeliest.

    >>> genitive_to_base("Laukaan"), genitive_to_base("Esimerkkilän")
    ('Laukaa', 'Esimerkkilä')
    """
    from hyte_nlp.nlp.voikko import analyze_word

    analyses = analyze_word(word)
    candidates: list[str] = []
    for cls in _NAME_CLASSES:
        for a in analyses:
            if a.get("CLASS") == cls and a.get("SIJAMUOTO") in ("omanto", "nimento") and a.get("BASEFORM"):
                base = _restore_case(a["BASEFORM"], word)
                if base not in candidates:
                    candidates.append(base)
    if not candidates:
        candidates = _rule_guesses(word)
    if hint:
        folded = _fold(hint)
        for c in candidates:
            if _fold(c) == folded:
                return c
    return candidates[0]


def _is_title_word(word: str) -> bool:
    w = word.casefold()
    return any(t in w for t in _TITLE_WORDS) or _COUNTY_RE.match(w) is not None


def _municipality_candidates(text: str) -> list[tuple[int, str]]:
    """``(rank, word)`` municipality name forms in a title-like line, best first (not base forms).

    Rank 1: the word before *kunnan*/*kaupungin* (``Laukaan kunnan``); rank 2: a name after a
    colon or dash, or before a title word (``Hyvinvointineuvottelu: Järvikylä``,
    ``Järvikylä – hyte-neuvottelu``); rank 3: another capitalised word that is not the county's.
    """
    words = [(m.group(0), m.start()) for m in _WORD_RE.finditer(text)]
    found: list[tuple[int, str]] = []
    for i, (w, start) in enumerate(words):
        if not w[:1].isupper() or _is_title_word(w) or _MUNICIPALITY_NOUN_RE.match(w):
            continue
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        if _COUNTY_RE.match(nxt) or nxt.casefold().startswith("hyvinvointi"):
            continue  # "Järviseudun hyvinvointialueen": the county, not the municipality
        if _MUNICIPALITY_NOUN_RE.match(nxt):
            found.append((1, w))
            continue
        before = text[:start].rstrip()
        if before.endswith((":", "–", "—", "-", "|")) or (i == 0 and len(words) > 1 and _is_title_word(nxt)):
            found.append((2, w))
        elif i > 0 or len(words) == 1:
            found.append((3, w))
    return sorted(found, key=lambda x: x[0])


# -------------------------------------------------------------------------------- participants
_NAME_TOKEN_RE = re.compile(r"^(?:[A-ZÅÄÖ][\w'’.-]*|[A-ZÅÄÖ]\.|von|van|af|de)$")
_PAREN_RE = re.compile(r"^(.*?)\s*\(([^)]*)\)\s*(.*)$")
_SPLIT_RE = re.compile(r"\s*[;,]\s*|\s+[–—-]\s+")
_ROLE_FIRST_RE = re.compile(r"^([a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*)*)\s+((?:[A-ZÅÄÖ][\w'’.-]*\s*){2,4})$")


def _has_affix(text: str, words: frozenset[str], endings: tuple[str, ...]) -> bool:
    for w in text.casefold().replace("/", " ").split():
        w = w.strip(".,:;()")
        if w in words or any(w.endswith(e) for e in endings):
            return True
    return False


def _is_role(text: str) -> bool:
    return _has_affix(text, _ROLE_WORDS, _ROLE_ENDINGS)


def _is_org(text: str) -> bool:
    return _has_affix(text, _ORG_WORDS, _ORG_ENDINGS)


@lru_cache(maxsize=4096)
def _could_be_first_name(token: str) -> bool:
    """Whether Voikko allows ``token`` as a first name: it knows it as one (singular
    nominative), or does not know it at all. Rules out "Salmenkylän Martat"-type groups."""
    if len(token) <= 2 and token.endswith("."):
        return True  # an initial
    from hyte_nlp.nlp.voikko import analyze_word

    analyses = analyze_word(token)
    if not analyses:
        return True
    return any(
        a.get("CLASS") == "etunimi" and a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER", "singular") == "singular"
        for a in analyses
    )


def _is_name(text: str) -> bool:
    """A person's name: 2-4 capitalised tokens, no role or organisation word, and a first name
    (first or last token, for "Meikäläinen Matti") that Voikko accepts as one."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or any(c.isdigit() for c in text):
        return False
    if not all(_NAME_TOKEN_RE.match(t) for t in tokens):
        return False
    if _is_role(text) or _is_org(text):
        return False
    return _could_be_first_name(tokens[0]) or _could_be_first_name(tokens[-1])


def _split_trailing_name(part: str) -> tuple[str, str] | None:
    """``("…ry", "Samuli Räsänen")`` when a part ends in a person's name glued to it (a PDF line
    break lost between two participants); ``None`` otherwise."""
    tokens = part.split()
    for size in (2, 3):
        if len(tokens) > size:
            head, tail = " ".join(tokens[:-size]), " ".join(tokens[-size:])
            if _is_name(tail) and (_is_org(head) or _is_role(head)):
                return head, tail
    return None


def _split_outside_parens(text: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    start = 0
    for m in re.finditer(r"[()]|\s*[;,]\s*|\s+[–—-]\s+", text):
        tok = m.group(0)
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_participants(
    text: str, default_role: str = "", default_org: str = ""
) -> list[Participant]:
    """Participants from one line or cell: ``Name, role, org``, ``Name (role)``, ``role Name``, or a
    list of such entries separated by commas or semicolons.

    >>> [p.name for p in parse_participants("Matti Meikäläinen (kunnanjohtaja), Liisa Laine")]
    ['Matti Meikäläinen', 'Liisa Laine']
    """
    text = collapse_spaces(text.strip().rstrip("."))
    if not text:
        return []
    # "Hyvinvointialue: Maija Mäki (koordinaattori), Pekka Puu": an organisation or role label.
    m = re.match(r"^([^:()]{2,60}):\s+(.+)$", text)
    if m and not _is_name(m.group(1)):
        label = m.group(1).strip()
        if _is_role(label) and not _is_org(label):
            return parse_participants(m.group(2), default_role=label.casefold(), default_org=default_org)
        return parse_participants(m.group(2), default_role=default_role, default_org=label)
    people: list[tuple[str, list[str], str]] = []  # (name, extra parts, role given first)
    for part in _split_outside_parens(text):
        inner = ""
        pm = _PAREN_RE.match(part)
        if pm:
            part, inner = (pm.group(1) + " " + pm.group(3)).strip(), pm.group(2).strip()
        rm = _ROLE_FIRST_RE.match(part)
        if _is_name(part):
            people.append((part, [], ""))
        elif rm and _is_name(rm.group(2).strip()):
            people.append((rm.group(2).strip(), [], rm.group(1).strip()))
        elif people and part:
            glued = _split_trailing_name(part)
            if glued:
                people[-1][1].append(glued[0])
                people.append((glued[1], [], ""))
            else:
                people[-1][1].append(part)
        elif part and not people and len(part.split()) <= 4 and part[:1].isupper():
            people.append((part, [], ""))  # a lone name the rules cannot confirm
        if inner and people:
            people[-1][1].extend(_split_outside_parens(inner))
    out = []
    for name, extras, role_first in people:
        role, org = _role_and_org(extras)
        out.append(Participant(name, role_first or role or default_role, org or default_org))
    return out


def _role_and_org(extras: list[str]) -> tuple[str, str]:
    """Split the parts after a name into a role and an organisation: the organisation is the last
    part that names one (an organisation word, or a capitalised phrase with no role word), the
    role is the rest joined by commas ("lasten, nuorten ja perheiden palvelujen johtaja")."""
    org_index = None
    for k in range(len(extras) - 1, -1, -1):
        part = extras[k]
        if (_is_org(part) or part[:1].isupper()) and not _is_role(part):
            org_index = k
            break
    org = extras[org_index] if org_index is not None else ""
    role = ", ".join(p for k, p in enumerate(extras) if k != org_index)
    return role, org


def _is_participant_line(line: str) -> bool:
    line = (strip_bullet(line) or line).strip()
    if not line or len(line.split()) > 16 or line.endswith(("!", "?")):
        return False
    head = _split_outside_parens(line)[0] if _split_outside_parens(line) else line
    head = _PAREN_RE.sub(r"\1 \3", head).strip()
    rm = _ROLE_FIRST_RE.match(head)
    return _is_name(head) or bool(rm and _is_name(rm.group(2).strip())) or (
        ":" in line and any(_is_name(p) for p in _split_outside_parens(line.split(":", 1)[1]))
    )


def _participants_from_table(rows: Sequence[Sequence[str]]) -> list[Participant]:
    if not rows:
        return []
    header = [c.casefold() for c in rows[0]]
    cols: dict[str, int] = {}
    for j, h in enumerate(header):
        if "nimi" in h or h == "osallistuja":
            cols.setdefault("name", j)
        elif any(k in h for k in ("rooli", "tehtävä", "nimike", "asema")):
            cols.setdefault("role", j)
        elif any(k in h for k in ("organisaatio", "edustaa", "taho", "yksikkö")):
            cols.setdefault("org", j)
    out: list[Participant] = []
    body = rows[1:] if "name" in cols else rows
    for row in body:
        cells = [collapse_spaces(c.replace("\n", " ")) for c in row]
        if "name" in cols:
            name = cells[cols["name"]] if cols["name"] < len(cells) else ""
            role = cells[cols["role"]] if "role" in cols and cols["role"] < len(cells) else ""
            org = cells[cols["org"]] if "org" in cols and cols["org"] < len(cells) else ""
            if name:
                out.append(Participant(name, role, org))
        else:
            out.extend(parse_participants(", ".join(c for c in cells if c)))
    return out


# ------------------------------------------------------------------------------------ extraction
def _label_of(text: str) -> tuple[str, str, str] | None:
    """``(label, field, value)`` if ``text`` is a labelled header line."""
    m = _LABEL_LINE_RE.match(text)
    if m is None:
        m = _LABEL_ONLY_RE.match(text)
        if m is None:
            return None
        return m.group(1), _LABELS[m.group(1).casefold()][0], ""
    return m.group(1), _LABELS[m.group(1).casefold()][0], m.group(2).strip()


def _heading_label(block: Block) -> str | None:
    """The field of a heading or one-line paragraph that is a bare label (``Läsnä``, ``1. Läsnä``)."""
    if block.kind not in ("heading", "paragraph") or "\n" in block.text:
        return None
    _num, text = split_agenda_numbering(block.text)
    m = _LABEL_ONLY_RE.match(text)
    if m is None:
        return None
    field = _LABELS[m.group(1).casefold()][0]
    return field if field in ("present", "absent", "invited", "role") else None


def _is_label_table(rows: Sequence[Sequence[str]]) -> bool:
    firsts = [r[0].strip() for r in rows if r and r[0].strip()]
    if not firsts:
        return False
    hits = sum(1 for c in firsts if _LABEL_ONLY_RE.match(c.replace("\n", " ")))
    return hits >= max(1, (len(firsts) + 1) // 2)


_LIST_FIELDS = ("present", "absent", "invited", "role")
_HEADER_FIELDS = ("date", "place", "municipality", "other")


class _HeaderScan:
    """One pass over a document's blocks that takes out header lines and participant lists.

    The header block is the run of labelled lines, label tables, date lines and participant lists
    at the top (after the title). Participant lists (``Läsnä``, ``Poissa`` …) are also taken
    further down, e.g. under "1 § Kokouksen avaus"; other labels only in the header block, so that
    "Paikka: …" in a discussion stays a statement.
    """

    def __init__(self, blocks: list[Block], start: int) -> None:
        self.blocks = blocks
        self.taken: set[int] = set()
        self.replaced: dict[int, Block] = {}
        self.labelled_dates: list[_dt.date] = []
        self.participants: list[Participant] = []
        self.municipality_lines: list[str] = []
        self.header_lines: list[str] = []
        self._start = start

    def run(self) -> None:
        i = self._start
        in_header = True
        while i < len(self.blocks):
            b = self.blocks[i]
            field = _heading_label(b)
            if field is not None:
                self.taken.add(i)
                i = self._take_list(i + 1, _bare_label(b.text), field)
            elif b.kind == "table":
                if _is_label_table(b.rows):
                    self._take_label_table(i)
                else:
                    in_header = False
                i += 1
            elif b.kind in ("paragraph", "bullet", "heading"):
                i, in_header = self._take_labelled_lines(i, in_header)
            else:
                in_header = False
                i += 1

    def add_field(self, label: str, field: str, value: str, organisation: str = "") -> None:
        if field == "date":
            d = find_date(value)
            if d:
                self.labelled_dates.append(d)
        elif field in ("present", "role"):
            role = _LABELS[label.casefold()][1] if field == "role" else ""
            for line in value.split("\n"):
                self.participants.extend(
                    parse_participants(strip_bullet(line) or line, default_role=role, default_org=organisation)
                )
        elif field == "municipality" and value:
            self.municipality_lines.append(value)
        if field in _HEADER_FIELDS and value:
            self.header_lines.append(collapse_spaces(value.replace("\n", " ")))

    def _take_label_table(self, i: int) -> None:
        last: tuple[str, str, str] | None = None
        for row in self.blocks[i].rows:
            if not any(c.strip() for c in row):
                continue
            # A row without a label in its first cell continues the label above it (a
            # participant list one person per row).
            lab = _label_of(collapse_spaces(row[0].replace("\n", " "))) if row[0].strip() else last
            if lab is None:
                continue
            last = lab
            self.add_field(lab[0], lab[1], "\n".join(c for c in row[1:] if c.strip()))
        self.taken.add(i)

    def _take_list(self, start: int, label: str, field: str) -> int:
        """Take the participant list after a *Läsnä*-type heading or label; return the index after it."""
        i = start
        organisation = ""
        while i < len(self.blocks):
            b = self.blocks[i]
            if self._is_group_label(i):
                # "Kunta:" / "Hyvinvointialueen edustajat:" above a group of people.
                organisation = _bare_label(b.text)
                self.taken.add(i)
                i += 1
                continue
            if b.kind == "heading":
                break
            if b.kind == "table":
                if _is_label_table(b.rows):
                    break  # a header table of its own ("Läsnä | …", "Poissa | …")
                if field in ("present", "role"):
                    self.participants.extend(_participants_from_table(b.rows))
                self.taken.add(i)
                i += 1
                continue
            lines = [ln for ln in b.text.split("\n") if ln.strip()]
            if not lines or _label_of(lines[0].strip()) is not None:
                break  # the next label ("Poissa:", "Sihteeri:") ends this list
            if not all(_is_participant_line(ln) or (b.kind == "bullet" and len(ln.split()) <= 12) for ln in lines):
                break
            self.add_field(label, field, b.text, organisation)
            self.taken.add(i)
            i += 1
        return i

    def _is_group_label(self, i: int) -> bool:
        """A short line ending in ":" (or naming an organisation) inside a participant list,
        followed by a participant line."""
        b = self.blocks[i]
        text = b.text.strip()
        if b.kind in ("table", "bullet") or "\n" in text or len(text.split()) > 6 or _label_of(text) is not None:
            return False
        if _is_participant_line(text):
            return False
        if not (text.endswith(":") or (_is_org(text) and not _is_name(text))):
            return False
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return nxt is not None and nxt.kind != "heading" and (
            nxt.kind == "table" or _is_participant_line(nxt.text.split("\n", 1)[0])
        )

    def _take_labelled_lines(self, i: int, in_header: bool) -> tuple[int, bool]:
        """Take the labelled lines of a text block; return the next index and whether the header
        block goes on."""
        b = self.blocks[i]
        lines = b.text.split("\n")
        kept: list[str] = []
        labelled = 0
        open_list: tuple[str, str] | None = None  # (label, field) of a list that may go on
        j = 0
        while j < len(lines):
            line = lines[j].strip()
            lab = _label_of(line) if line else None
            if lab is None or not (in_header or lab[1] in _LIST_FIELDS):
                if line:
                    kept.append(lines[j])
                    open_list = None
                j += 1
                continue
            label, field, value = lab
            labelled += 1
            if field in _LIST_FIELDS:
                # The list may go on over the next lines of the block ...
                extra = []
                while j + 1 < len(lines) and _label_of(lines[j + 1].strip()) is None and (
                    _is_participant_line(lines[j + 1])
                ):
                    j += 1
                    extra.append(lines[j])
                value = "\n".join([value, *extra]).strip()
                open_list = (label, field)
            self.add_field(label, field, value)
            j += 1
        if not labelled:
            if in_header and b.kind != "heading" and _DATE_ONLY_LINE_RE.match(b.text):
                d = find_date(b.text)
                if d:  # a bare date line in the header block
                    self.header_lines.append(b.text)
                    self.taken.add(i)
                    return i + 1, True
            return i + 1, False
        if kept:
            self.replaced[i] = replace(b, text="\n".join(kept))
            return i + 1, in_header
        self.taken.add(i)
        if open_list is not None:
            # ... or over the next blocks: "Läsnä:" alone, or "Läsnä: Aino Aalto, kunnanjohtaja"
            # followed by one person per paragraph.
            return self._take_list(i + 1, open_list[0], open_list[1]), in_header
        return i + 1, in_header


def _bare_label(text: str) -> str:
    _num, rest = split_agenda_numbering(text)
    return rest.strip().rstrip(":").strip()


_PAGE_OF_RE = re.compile(r"^\s*(?:sivu\s*)?\d+\s*(?:\(\d+\)|/\s*\d+)\s*$", re.IGNORECASE)


def _is_letterhead_table(block: Block) -> bool:
    """A small table at the top holding the document type, date or page ("MUISTIO | 12.3.2025 |
    1 (3)"), as Word templates lay out their letterheads: metadata, not statements."""
    if block.kind != "table" or not block.rows or len(block.rows) > 4:
        return False
    cells = [c.strip() for r in block.rows for c in r if c.strip()]
    if not cells or any(len(c.split()) > 12 for c in cells):
        return False
    return any(
        any(w in c.casefold() for w in _TITLE_WORDS) or find_date(c) or _PAGE_OF_RE.match(c) for c in cells
    )


def _title_zone(blocks: list[Block]) -> list[int]:
    """Indices of the letterhead table and title line(s) at the top of the document."""
    out: list[int] = []
    first = 0
    if blocks and _is_letterhead_table(blocks[0]):
        out.append(0)
        first = 1
    for i in range(first, min(first + 3, len(blocks))):
        b = blocks[i]
        if b.kind not in ("heading", "paragraph") or "\n" in b.text.strip():
            break
        text = b.text.strip()
        numbering, _rest = split_agenda_numbering(text)
        if numbering or b.numbering or _label_of(text) or len(text.split()) > 20 or text.endswith((".", "?", "!")):
            break
        titled = any(w in text.casefold() for w in _TITLE_WORDS)
        if i == first and not titled:
            nxt = blocks[i + 1] if len(blocks) > i + 1 else None
            followed_by_header = nxt is not None and (
                _label_of(nxt.text.split("\n", 1)[0]) is not None or (nxt.kind == "table" and _is_label_table(nxt.rows))
            )
            if not ((b.kind == "heading" or b.bold) and followed_by_header):
                break
        elif i > first and not titled:
            break
        out.append(i)
    return out


def _block_lines(block: Block) -> list[str]:
    if block.kind == "table":
        return [collapse_spaces(c.replace("\n", " ")) for r in block.rows for c in r if c.strip()]
    return [collapse_spaces(block.text)]


def _choose_title(blocks: list[Block], zone: list[int]) -> str | None:
    texts = [t for i in zone for t in _block_lines(blocks[i]) if not find_date(t) and not _PAGE_OF_RE.match(t)]
    if not texts:
        return None
    for t in texts:
        if "neuvottelu" in t.casefold():
            return t
    for t in texts:
        if len(t.split()) > 1:
            return t
    return texts[0]


def _file_hint(path: str) -> str | None:
    stem = Path(path).stem
    for token in re.split(r"[\W\d_]+", stem):
        if len(token) >= 3 and token.casefold() not in ("muistio", "hyte", "neuvottelu", "poytakirja", "pöytäkirja"):
            return token
    return None


def _municipality(
    title: str | None, labelled: Sequence[str], lines: Iterable[str], file_hint: str | None, all_text: str
) -> str | None:
    """Base-form municipality: from the title (any rank), a ``Kunta:`` line, other header lines
    (rank 1 only: the word before *kunnan*/*kaupungin*), else the file name."""
    if title:
        for _rank, cand in _municipality_candidates(title):
            return genitive_to_base(cand, file_hint)
    for value in labelled:
        words = _WORD_RE.findall(value)
        if words:
            return genitive_to_base(words[0], file_hint)
    for line in lines:
        for rank, cand in _municipality_candidates(line):
            if rank == 1:
                return genitive_to_base(cand, file_hint)
    if file_hint is None:
        return None
    folded = _fold(file_hint)
    # Restore ä/ö from the text when a word there folds to the file name ("esimerkkila" -> "Esimerkkilä").
    for m in _WORD_RE.finditer(all_text):
        w = m.group(0)
        if _fold(w).startswith(folded) and len(w) - len(folded) <= 3:
            base = genitive_to_base(w, file_hint) if _fold(w) != folded else w
            if _fold(base) == folded:
                return base[:1].upper() + base[1:]
    return file_hint[:1].upper() + file_hint[1:].lower()


def extract_metadata(raw: RawDocument) -> tuple[Metadata, tuple[Block, ...]]:
    """Split a document into its metadata and its body blocks.

    Args:
        raw: The document as read by a format reader.

    Returns:
        ``(metadata, body)``: the body is ``raw.blocks`` without the title, the labelled header
        lines and the participant lists.
    """
    blocks = list(raw.blocks)
    zone = _title_zone(blocks)
    title = _choose_title(blocks, zone)
    scan = _HeaderScan(blocks, start=max(zone) + 1 if zone else 0)
    scan.taken.update(zone)
    scan.header_lines.extend(t for i in zone for t in _block_lines(blocks[i]))
    scan.run()

    # Date: a labelled line, then the title and header lines, the running header/footer, the file name.
    date = next(iter(scan.labelled_dates), None)
    for texts in (scan.header_lines, raw.furniture, [Path(raw.path).stem.replace("_", " ")]):
        if date is not None:
            break
        date = next((d for d in map(find_date, texts) if d), None)

    # Municipality: the title first, then a "Kunta:" line, other header lines, the running header.
    top_text = " ".join([*scan.header_lines, *raw.furniture, *(b.text for b in blocks[:20])])
    municipality = _municipality(
        title, scan.municipality_lines, [*scan.header_lines, *raw.furniture], _file_hint(raw.path), top_text
    )

    seen: set[str] = set()
    participants: list[Participant] = []
    for p in scan.participants:
        if p.name not in seen:
            seen.add(p.name)
            participants.append(p)
    body = tuple(scan.replaced.get(k, b) for k, b in enumerate(blocks) if k not in scan.taken)
    if title is None:
        # Minutes.title: "the document title or first heading" (the heading stays in the body).
        title = next((collapse_spaces(b.text) for b in body if b.kind == "heading" and b.text.strip()), None)
    return Metadata(municipality, date, tuple(participants), title), body
