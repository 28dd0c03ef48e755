"""The codebook: the shipped one matches TAXONOMY.md; a user's broken one is refused clearly."""

from __future__ import annotations

import pytest

from hyte_nlp import CodebookError, load_codebook

# The stable public ids of the default taxonomy, in order.
TAXONOMY_IDS = {
    "priority": ["liikunta", "mieli", "turvallisuus"],
    "age_group": ["lapset_nuoret", "tyoikaiset", "ikaantyneet", "yhteiset"],
    "theme": [
        "jarjestot", "seurakunnat", "matala_kynnys", "kulttuuri", "osallisuus", "yhteistyo", "liikenne",
        "paihteet", "vakivalta_kiusaaminen", "yksinaisyys", "syrjaytyminen", "tyokyky", "perheet", "koulu",
        "liikuntaolosuhteet", "elintavat", "toimintakyky", "asuminen", "esteettomyys", "palvelut", "talous",
        "digi_some", "ehkaiseva_tyo",
    ],
    "statement_type": ["haaste", "vahvuus", "toimenpide", "sopimus", "tieto"],
}

VALID = """
id = "test"
[[facets]]
id = "priority"
name_fi = "Painopiste"
name_en = "Priority"
multi_label = true
[[facets.labels]]
id = "uni"
name_fi = "Uni"
cues = ["uni", "nukkua"]
[[facets]]
id = "kind"
name_fi = "Tyyppi"
name_en = "Kind"
multi_label = false
default = "muu"
[[facets.labels]]
id = "huoli"
name_fi = "Huoli"
[[facets.labels]]
id = "muu"
name_fi = "Muu"
"""

# (what is broken, the replacement applied to VALID, words the message must contain)
BROKEN = [
    ("bad label id", ('id = "uni"', 'id = "Uni-1"'), ["facet 'priority'", "'Uni-1'", "lowercase"]),
    ("duplicate label", ('id = "muu"', 'id = "huoli"'), ["facet 'kind'", "label 'huoli'", "twice"]),
    ("unknown default", ('default = "muu"', 'default = "other"'), ["facet 'kind'", "label 'other'", "default"]),
    ("unknown key", ('cues = ["uni", "nukkua"]', 'cue = ["uni"]'), ["facet 'priority'", "label 'uni'", "unknown key", "cue"]),
    ("cues not a list", ('cues = ["uni", "nukkua"]', 'cues = "uni"'), ["label 'uni'", "'cues'", "list"]),
    ("duplicate cue", ('cues = ["uni", "nukkua"]', 'cues = ["uni", "Uni"]'), ["label 'uni'", "'uni'", "twice"]),
    ("multi_label missing", ("multi_label = true\n", "\n"), ["facet 'priority'", "multi_label"]),
    ("missing name", ('name_fi = "Uni"\n', "\n"), ["label 'uni'", "name_fi"]),
    ("unknown kind", ('name_fi = "Huoli"', 'name_fi = "Huoli"\nkinds = ["memo"]'), ["label 'huoli'", "kinds", "action"]),
    ("max_labels on single", ('default = "muu"', 'default = "muu"\nmax_labels = 2'), ["facet 'kind'", "max_labels"]),
]


def test_default_codebook_has_every_taxonomy_id():
    codebook = load_codebook()
    assert list(codebook.facet_ids) == list(TAXONOMY_IDS)
    for facet_id, ids in TAXONOMY_IDS.items():
        assert list(codebook.facet(facet_id).label_ids) == ids
    assert codebook.facet("age_group").default == "yhteiset"
    assert codebook.facet("statement_type").default == "tieto"
    assert not codebook.facet("statement_type").multi_label
    assert all(label.cues for facet in codebook.facets for label in facet.labels)


def test_codebook_hash_ignores_formatting(tmp_path):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text(VALID, encoding="utf-8")
    b.write_text("# a comment\n" + VALID.replace("\n[[", "\n\n[["), encoding="utf-8")
    assert load_codebook(a).sha256 == load_codebook(b).sha256
    assert load_codebook(a).sha256 != load_codebook().sha256


@pytest.mark.parametrize(("case", "replace", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_codebook_names_file_facet_and_label(tmp_path, case, replace, words):
    path = tmp_path / "my_codebook.toml"
    assert replace[0] in VALID, case
    path.write_text(VALID.replace(replace[0], replace[1], 1), encoding="utf-8")
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    message = str(info.value)
    assert str(path) in message
    for word in words:
        assert word in message


def test_unreadable_codebooks(tmp_path):
    with pytest.raises(CodebookError, match="not found"):
        load_codebook(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("id = [", encoding="utf-8")
    with pytest.raises(CodebookError, match="invalid TOML"):
        load_codebook(bad)
    other = tmp_path / "codebook.json"
    other.write_text("{}", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"\.toml, \.yaml or \.yml"):
        load_codebook(other)
