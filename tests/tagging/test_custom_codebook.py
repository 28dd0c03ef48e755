"""A county's own codebook: sensible tags from its cues alone, better ones after a few examples."""

from __future__ import annotations

import json

import pytest

import hyte_nlp
from hyte_nlp.tagging.persistence import save_model
from hyte_nlp.tagging.training import train

CODEBOOK = """
id = "pohjoisniemi-2026"
version = "1"
name_fi = "Pohjoisniemen hyte-luokitus (synteettinen)"

[[facets]]
id = "priority"
name_fi = "Painopiste"
name_en = "Priority"
multi_label = true
max_labels = 2

[[facets.labels]]
id = "ravitsemus"
name_fi = "Terveellinen ravitsemus"
cues = ["ravitsemus", "ruoka", "ateria", "kouluruoka", "kasvis", "ruokavalio", "välipala"]

[[facets.labels]]
id = "uni"
name_fi = "Riittävä uni"
cues = ["uni", "nukkua", "univaje", "unettomuus", "ruutuaika"]

[[facets.labels]]
id = "digituki"
name_fi = "Digituki ja -osallisuus"
cues = ["digituki", "digitaito", "älypuhelin", "verkkopalvelu", "tunnistautuminen"]

[[facets]]
id = "age_group"
name_fi = "Ikäryhmä"
name_en = "Age group"
multi_label = true
default = "kaikki"

[[facets.labels]]
id = "nuoret"
name_fi = "Lapset ja nuoret"
cues = ["lapsi", "nuori", "koulu", "oppilas"]

[[facets.labels]]
id = "seniorit"
name_fi = "Seniorit"
cues = ["seniori", "ikääntynyt", "eläkeläinen", "ikäihminen"]

[[facets.labels]]
id = "kaikki"
name_fi = "Kaikki"
cues = ["kuntalainen", "asukas"]
"""

# Examples that use none of the cue words: what only training can teach.
EXAMPLES = [
    ("Oppilaat ovat väsyneitä ensimmäisillä tunneilla", ["uni"], ["nuoret"]),
    ("Väsymys näkyy keskittymisen puutteena", ["uni"], ["kaikki"]),
    ("Iltavalvominen pelien ääressä", ["uni"], ["nuoret"]),
    ("Valvominen ja myöhäiset illat", ["uni"], ["kaikki"]),
    ("Väsyneet vanhemmat vuorotyön jälkeen", ["uni"], ["kaikki"]),
    ("Lepo ja palautuminen jäävät vähälle", ["uni"], ["kaikki"]),
    ("Lounaan kasvisvaihtoehto loppuu kesken", ["ravitsemus"], ["nuoret"]),
    ("Makeiset ja limsat kioskilla", ["ravitsemus"], ["nuoret"]),
    ("Aamiainen jää monelta väliin", ["ravitsemus"], ["kaikki"]),
    ("Kokkikerho opettaa terveellisiä reseptejä", ["ravitsemus"], ["kaikki"]),
    ("Ruokakurssi eläkeläisille", ["ravitsemus"], ["seniorit"]),
    ("Pankkiasiointi verkossa on vaikeaa", ["digituki"], ["seniorit"]),
    ("Tablettien käytön opastus palvelutalossa", ["digituki"], ["seniorit"]),
    ("Sähköisen ajanvarauksen neuvonta kirjastossa", ["digituki"], ["kaikki"]),
    ("Digikummit auttavat sovellusten asentamisessa", ["digituki"], ["kaikki"]),
    ("Etävastaanoton käyttö ilman apua ei onnistu", ["digituki"], ["seniorit"]),
    ("Kokous alkoi kello 13", [], ["kaikki"]),
    ("Seuraava tapaaminen keväällä", [], ["kaikki"]),
    ("Kunnanjohtaja esitteli taustaa", [], ["kaikki"]),
]


@pytest.fixture
def codebook_path(tmp_path):
    path = tmp_path / "pohjoisniemi.toml"
    path.write_text(CODEBOOK, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "priority", "age_group"),
    [
        ("Kouluruoan maistuvuus ja kasvisvaihtoehdot", "ravitsemus", "nuoret"),
        ("Nuorten univaje ja pitkä ruutuaika", "uni", "nuoret"),
        ("Senioreiden digituki kirjastossa", "digituki", "seniorit"),
        ("Ikäihmisten älypuhelinopastus", "digituki", "seniorit"),
    ],
)
def test_cues_alone_give_sensible_tags(codebook_path, text, priority, age_group):
    tagger = hyte_nlp.load_tagger(codebook=codebook_path)  # no model exists for this codebook
    assert tagger.meta.get("cue_only") is True
    tag = tagger.tag([text])[0]
    assert tag.label_ids("priority") == [priority]
    assert tag.label_ids("age_group") == [age_group]
    assert tag.explain("priority")[priority][0].kind == "cue"


def test_statement_without_cues_gets_no_priority_and_the_default_age(codebook_path):
    tag = hyte_nlp.load_tagger(codebook=codebook_path).tag(["Kokouksen avasi puheenjohtaja"])[0]
    assert tag.label_ids("priority") == []
    assert tag.label_ids("age_group") == ["kaikki"]
    assert tag.explain("age_group")["kaikki"][0].kind == "default"


def test_labelled_examples_teach_what_cues_miss(codebook_path, tmp_path):
    corpus = tmp_path / "corrections.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"text": t, "priority": p, "age_group": a, "source": f"synthetic/pohjoisniemi/{i}"}, ensure_ascii=False) + "\n"
            for i, (t, p, a) in enumerate(EXAMPLES)
        ),
        encoding="utf-8",
    )
    probe = "Oppilaiden väsymys aamutunneilla"
    before = hyte_nlp.load_tagger(codebook=codebook_path).tag([probe])[0]
    assert "uni" not in before.label_ids("priority")
    model_dir = save_model(train(corpus, codebook=codebook_path, seed=0), tmp_path / "model")
    after = hyte_nlp.load_tagger(model_dir, codebook=codebook_path).tag([probe])[0]
    assert "uni" in after.label_ids("priority")
    assert after.scores["priority"]["uni"] > before.scores["priority"]["uni"]
    # the cues still work in the trained model
    assert "digituki" in hyte_nlp.load_tagger(model_dir).tag(["Senioreiden digituki"])[0].label_ids("priority")
