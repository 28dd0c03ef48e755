"""Finnish sentence splitting: abbreviations, dates, ordinals, times, § numbering, quotes."""

from __future__ import annotations

import pytest

from hyte_nlp.nlp.sentences import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, sentence_spans, split_sentences

CASES = [
    # (text, expected sentences)
    ("Kunnassa on huolta nuuskasta. Harrastuksia on paljon.",
     ["Kunnassa on huolta nuuskasta.", "Harrastuksia on paljon."]),
    ("Läsnä oli mm. Järvikylän rehtori. Kokous jatkui.",
     ["Läsnä oli mm. Järvikylän rehtori.", "Kokous jatkui."]),
    ("Yhteistyötä tehdään esim. Koskelan seurakunnan kanssa.",
     ["Yhteistyötä tehdään esim. Koskelan seurakunnan kanssa."]),
    ("Ns. Harrastamisen Suomen malli jatkuu. Sovittiin seurannasta.",
     ["Ns. Harrastamisen Suomen malli jatkuu.", "Sovittiin seurannasta."]),
    ("Kokous alkoi klo 13.15 ja päättyi klo 15. Seuraava kokous on 1.1.2024.",
     ["Kokous alkoi klo 13.15 ja päättyi klo 15.", "Seuraava kokous on 1.1.2024."]),
    ("Seuraava neuvottelu on 12. lokakuuta 2025. Sihteeri lähettää kutsun.",
     ["Seuraava neuvottelu on 12. lokakuuta 2025.", "Sihteeri lähettää kutsun."]),
    ("Kiusaamista kokee joka kymmenes 4. ja 5. luokan oppilas.",
     ["Kiusaamista kokee joka kymmenes 4. ja 5. luokan oppilas."]),
    ("Lain 14 §:n mukaan neuvotellaan vuosittain. Asia käsitellään 3 § kohdalla.",
     ["Lain 14 §:n mukaan neuvotellaan vuosittain.", "Asia käsitellään 3 § kohdalla."]),
    ("Osuus nousi 2,5 prosenttiin. Ylipaino on n. 30 % aikuisista.",
     ["Osuus nousi 2,5 prosenttiin.", "Ylipaino on n. 30 % aikuisista."]),
    ("Tarjolla on liikuntaa, musiikkia jne. Nuoret toivovat lisää.",
     ["Tarjolla on liikuntaa, musiikkia jne.", "Nuoret toivovat lisää."]),
    ("Kulttuuri, liikunta jne. ovat tärkeitä.",
     ["Kulttuuri, liikunta jne. ovat tärkeitä."]),
    ("M. Virtanen esitteli asian. Hän vastasi kysymyksiin.",
     ["M. Virtanen esitteli asian.", "Hän vastasi kysymyksiin."]),
    ("Nuori sanoi: \u201dHarrastuksia on liian vähän.\u201d Asiaan palataan.",
     ["Nuori sanoi: \u201dHarrastuksia on liian vähän.\u201d", "Asiaan palataan."]),
    ("Kunta tarjoaa tiloja (mm. koulut ja kirjasto). Järjestöt käyttävät niitä.",
     ["Kunta tarjoaa tiloja (mm. koulut ja kirjasto).", "Järjestöt käyttävät niitä."]),
    ("Asia käsiteltiin (ks. liite 2. Tiivistelmä). Jatketaan.",
     ["Asia käsiteltiin (ks. liite 2. Tiivistelmä).", "Jatketaan."]),
    ("Toimiiko yhteistyö? Kyllä toimii! Hienoa.",
     ["Toimiiko yhteistyö?", "Kyllä toimii!", "Hienoa."]),
    ("Kohdat 3. 4. ja 5. käsiteltiin yhdessä.",
     ["Kohdat 3. 4. ja 5. käsiteltiin yhdessä."]),
    ("Tavoite saavutettiin vuonna 2024. Uusi tavoite asetetaan.",
     ["Tavoite saavutettiin vuonna 2024.", "Uusi tavoite asetetaan."]),
    ("Rivi jatkuu\nseuraavalle riville. Uusi lause.",
     ["Rivi jatkuu seuraavalle riville.", "Uusi lause."]),
    ("ilman loppupistettä", ["ilman loppupistettä"]),
    ("   ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_abbreviation_lists_are_loaded_from_data_files() -> None:
    for abbr in ("mm.", "esim.", "ns.", "n.", "ko.", "em.", "vrt.", "ts."):
        assert abbr in ABBREVIATIONS
    for abbr in ("jne.", "ym.", "yms."):
        assert abbr in SENTENCE_FINAL_ABBREVIATIONS
    assert not ABBREVIATIONS & SENTENCE_FINAL_ABBREVIATIONS


def test_rejects_non_string() -> None:
    with pytest.raises(TypeError, match="expects str"):
        split_sentences(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_spans_point_into_the_original_text(text: str, expected: list[str]) -> None:
    spans = sentence_spans(text)
    assert [" ".join(text[a:b].split()) for a, b in spans] == expected
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))


def test_sentence_spans_with_tabs_and_newlines() -> None:
    text = "Läsnä\toli mm.\tJärvikylän rehtori.\n\nKokous  jatkui."
    assert sentence_spans(text) == [(0, 33), (35, 50)]
