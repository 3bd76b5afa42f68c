from __future__ import annotations

import textwrap
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from geo.text import fold, normalize, split_sentences, strip_accents


def test_fold_strips_case_accents_and_curly_apostrophes():
    assert fold("Ségou’s DJENNÉ Ménaka") == "segou's djenne menaka"


@given(st.text())
def test_fold_keeps_one_character_per_character(text):
    assert len(fold(text)) == len(text)


def test_normalize_is_identity_on_nfc_text():
    text = "Kati, Ménaka et “Gossi”"
    out, mapping = normalize(text)
    assert out == text
    assert mapping is None


def test_normalize_composes_and_maps_offsets_back():
    decomposed = unicodedata.normalize("NFD", "Ségou et Ménaka")
    out, mapping = normalize(decomposed)
    assert out == "Ségou et Ménaka"
    start = out.index("Ménaka")
    assert mapping is not None
    assert decomposed[mapping[start] :].startswith("Me\u0301naka")


def test_normalize_keeps_curly_quotes():
    out, _ = normalize("the army had killed 203 ‘terrorists’ and “more”")
    assert "‘terrorists’" in out and "“more”" in out


def test_sentences_keep_offsets_and_break_at_line_ends():
    text = "Title line\nThe U.N. left in December 2023. Col. Goïta spoke.\n\nLast one"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Title line",
        "The U.N. left in December 2023.",
        "Col. Goïta spoke.",
        "Last one",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_a_bracketed_note_is_split_into_its_sentences():
    text = "[Monitoring note: France denied it on 16 August. Local media reported arrests from 10 August.]"
    assert [s.text for s in split_sentences(text)] == [
        "[Monitoring note: France denied it on 16 August.",
        "Local media reported arrests from 10 August.]",
    ]


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400))
def test_sentence_offsets_always_point_at_their_text(text):
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_strip_accents():
    assert strip_accents("Ténenkou, Niafunké") == "Tenenkou, Niafunke"


def test_an_abbreviation_before_a_number_ends_no_sentence():
    text = (
        "On 17/09/2024 at approx. 0500hrs, militants attacked. He was born c. 1970. He said no. Then he left."
    )
    assert [s.text for s in split_sentences(text)] == [
        "On 17/09/2024 at approx. 0500hrs, militants attacked.",
        "He was born c. 1970.",
        "He said no.",
        "Then he left.",
    ]


def test_hard_wrapped_paragraphs_are_unwrapped_in_place():
    from geo.text import unwrap

    para = "Gunmen attacked the army camp near Tessit on 7 August, killing 17 soldiers and four civilians."
    wrapped = "\n".join(textwrap.wrap(para * 3, 60)) + "\n\n- a list item\n- another\n\n# A heading\nBody."
    out = unwrap(wrapped)
    assert len(out) == len(wrapped)  # offsets hold
    assert out.split("\n\n")[0] == " ".join(textwrap.wrap(para * 3, 60))
    assert "\n- a list item\n- another" in out and "# A heading\nBody." in out
    prose = f"{para * 4}\n{para * 4}\nShort line\n{para}"
    assert unwrap(prose) == prose  # long lines are paragraphs already


@given(st.lists(st.text(alphabet="ab -\n", max_size=90), max_size=40).map("\n".join))
def test_unwrapping_never_moves_an_offset(text):
    from geo.text import unwrap

    out = unwrap(text)
    assert len(out) == len(text)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, out, strict=True))


def test_may_ends_a_sentence_like_any_month():
    """sentencex takes "May." for an abbreviation; the month's name is short for nothing."""
    text = "Mara flew in on Saturday 17 May. Gunfire broke out. The army left in June. It rained."
    assert [s.text for s in split_sentences(text)] == [
        "Mara flew in on Saturday 17 May.",
        "Gunfire broke out.",
        "The army left in June.",
        "It rained.",
    ]


def test_a_date_closed_by_a_full_stop_heads_the_entry_on_its_line():
    text = (
        "25 January 2024. The junta ended the accord.\nThe night of 31 March to 1 April 2025. A drone fell."
    )
    assert [s.text for s in split_sentences(text)] == [
        "25 January 2024. The junta ended the accord.",
        "The night of 31 March to 1 April 2025. A drone fell.",
    ]
    # a list's number, or a date the line goes on past, is no heading
    assert split_sentences("3. The army left.")[0].text == "3."
    assert len(split_sentences("The army left on 25 January 2024. It came back.")) == 2


def test_a_bold_run_in_heading_keeps_its_closing_emphasis():
    text = "**Bounti, January.** On 3 January a strike hit a wedding. _Note._ More."
    assert [s.text for s in split_sentences(text)] == [
        "**Bounti, January.**",
        "On 3 January a strike hit a wedding.",
        "_Note._",
        "More.",
    ]


def test_inline_note_numbers_are_blanked_and_notes_kept():
    from geo.text import without_note_markers

    text = (
        "Soldiers killed 28 civilians, according to residents.[2] In 2023[1], talks failed.\n[2] Interviews."
    )
    blank = without_note_markers(text)
    assert len(blank) == len(text)
    assert blank == text.replace(".[2] In", ".    In").replace("2023[1],", "2023   ,")
    assert blank.endswith("\n[2] Interviews.")


def test_the_items_of_a_list_run_on_in_one_sentence_are_sentences_of_their_own():
    text = (
        "In particular: (i) on 4 April, soldiers executed five men; (ii) between 12 and 14 May, 19 civilians "
        "were killed; and (iii) on 2 June, a strike killed eight. Article 3 (a) applies."
    )
    assert [s.text for s in split_sentences(text)] == [
        "In particular",
        "on 4 April, soldiers executed five men",
        "between 12 and 14 May, 19 civilians were killed",
        "on 2 June, a strike killed eight.",
        "Article 3 (a) applies.",
    ]
