from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from geo import gazetteer
from geo.config import REPO_ROOT
from geo.gazetteer import GazetteerError, everyday_word, haversine_km, import_geonames_dump, read_curated
from geo.model import FEATURES

FIXTURES = Path(__file__).parent / "fixtures"


def curated_rows() -> list[dict[str, str]]:
    with (REPO_ROOT / "data" / "gazetteer.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_curated_gazetteer_has_the_required_columns_and_size():
    rows = curated_rows()
    assert len(rows) >= 80
    required = {
        "place_id", "name", "aliases", "feature", "latitude", "longitude", "admin1", "admin2",
        "country_code", "geonames_id", "source",
    }  # fmt: skip
    assert required <= set(rows[0])
    assert len({r["place_id"] for r in rows}) == len(rows)


def test_every_row_comes_from_the_curation_file_so_regenerating_keeps_it():
    """`make reference-data` rebuilds data/gazetteer.csv from the curation file; a row added to the
    gazetteer alone would vanish on the next rebuild, and its coordinate's source with it."""
    with (REPO_ROOT / "data" / "sources" / "gazetteer_curation.csv").open(encoding="utf-8") as fh:
        curated = {r["place_id"]: r for r in csv.DictReader(fh)}
    for row in curated_rows():
        assert row["place_id"] in curated, row["place_id"]
        own = curated[row["place_id"]]
        if own["latitude"]:
            assert (own["latitude"], own["longitude"]) == (row["latitude"], row["longitude"]), row["place_id"]


def test_every_coordinate_records_its_source():
    for row in curated_rows():
        assert row["feature"] in FEATURES
        if row["latitude"]:
            assert row["source"].strip(), row["place_id"]
            assert (
                row["geonames_id"]
                or "Wikipedia" in row["source"]
                or "Wikimapia" in row["source"]
                or ("Position of" in row["source"])
            ), row["place_id"]
        else:
            assert row["feature"] == "macro-region", f"{row['place_id']} lacks coordinates"


def test_all_regional_capitals_and_cercle_seats_are_present(gaz):
    seats = """Bamako Kayes Bafoulabé Diéma Kéniéba Kita Nioro Yélimané Koulikoro Banamba Dioïla Kangaba Kati
    Kolokani Nara Sikasso Bougouni Kadiolo Kolondiéba Koutiala Yanfolila Yorosso Ségou Barouéli Bla Macina
    Niono San Tominian Mopti Bandiagara Bankass Djenné Douentza Koro Ténenkou Youwarou Timbuktu Diré Goundam
    Gourma-Rharous Niafunké Gao Ansongo Bourem Ménaka Andéramboukane Inékar Kidal Abeïbara Tessalit
    Tin-Essako Taoudenni Araouane""".split()
    from geo.text import fold

    for seat in seats:
        towns = [e.place for e in gaz.candidates(fold(seat)) if e.place.feature == "town"]
        assert any(p.country_code == "ML" and p.origin == "curated" for p in towns), seat


def test_regions_neighbours_and_capitals(gaz):
    for pid in [
        "ml-region-kayes", "ml-region-koulikoro", "ml-region-sikasso", "ml-region-segou",
        "ml-region-mopti", "ml-region-tombouctou", "ml-region-gao", "ml-region-kidal",
        "ml-region-menaka", "ml-region-taoudenit", "country-dz", "country-ne", "country-bf",
        "country-ci", "country-gn", "country-sn", "country-mr", "cap-niamey", "cap-dakar",
        "cap-nouakchott", "cap-ouagadougou", "cap-algiers", "cap-conakry", "ml-koulouba",
        "ml-kati-camp",
    ]:  # fmt: skip
        assert gaz.get(pid).has_coordinates, pid


def test_the_capital_is_the_one_whose_notes_name_its_country(gaz):
    """A regional capital (Fada N'Gourma, "capital of the Est region") is no country's capital."""
    assert gaz.capital("BF").name == "Ouagadougou"
    assert gaz.capital("NE").name == "Niamey"
    assert gaz.capital("US").name.startswith("Washington")  # "capital of the United States"
    assert gaz.capital("ML").name == "Bamako"


def test_aliases_cover_french_english_and_unaccented_spellings(gaz):
    for spelling, pid in [
        ("tombouctou", "ml-timbuktu"),
        ("timbuktu", "ml-timbuktu"),
        ("segou", "ml-segou"),
        ("djenne", "ml-djenne"),
        ("menaka", "ml-menaka"),
        ("gourma rharous", "ml-gourma-rharous"),
        ("cote d'ivoire", "country-ci"),
        ("ivory coast", "country-ci"),
    ]:
        assert pid in {e.place.place_id for e in gaz.candidates(spelling)}, spelling


def test_conflict_localities_outside_geonames_cities500_are_found_in_text(gaz):
    """Camps and villages the news names but GeoNames' 500+ table lacks, each with a cited coordinate."""
    from geo.toponyms import recognise

    text = (
        "Fighting spread from Sévaré to Mondoro and Boulkessy, then to Léré, Nampala and Dioura; "
        "Diallassagou was attacked, and Solhan across the border in Burkina Faso. Raiders hit "
        "Ouatagouna near the Niger border and camped at Tarkint in the Tilemsi valley."
    )
    found = {m.place.place_id: m.place for m in recognise(text, gaz).mentions}
    expected = {"ml-sevare", "ml-mondoro", "ml-boulkessi", "ml-lere", "ml-nampala", "ml-dioura",
                "ml-diallassagou", "bf-solhan", "ml-ouattagouna", "ml-tarkint"}  # fmt: skip
    assert expected <= set(found), sorted(found)
    assert all(found[pid].source and found[pid].has_coordinates for pid in expected)
    assert found["ml-boulkessi"].geo_precision == 2  # Mondoro's position, borrowed and said so
    assert found["bf-solhan"].country_code == "BF"
    assert found["ml-ouattagouna"].admin1 == found["ml-tarkint"].admin1 == "Gao Region"  # spelt "Ouatagouna"


def test_recurring_sites_beyond_mali_and_villages_placed_by_their_commune(gaz):
    """Inatès (Niger), Pendjari park (Benin) and Sobane Da recur in reporting; each has a sourced point,
    and one borrowed from its commune, or a park's, says how near it is."""
    from geo.toponyms import recognise

    text = (
        "The camp at Inates was overrun; tourists vanished in the Pendjari park; "
        "35 people were killed in Sobane-Da."
    )
    found = {m.place.place_id: m.place for m in recognise(text, gaz).mentions}
    assert {"ne-inates", "bj-pendjari", "ml-sobane-da"} <= set(found), sorted(found)
    assert found["ne-inates"].country_code == "NE" and found["bj-pendjari"].country_code == "BJ"
    assert found["bj-pendjari"].geo_precision == 3  # a park of 2,755 km²: the area, not a spot
    assert found["ml-sobane-da"].geo_precision == 2 and "Sangha" in found["ml-sobane-da"].source


def test_burkina_s_regions_are_named_and_drawn_on_their_capitals(gaz):
    """Burkina Faso's regions (the 13 of 2001–2025) are where its reporting puts attacks; each is drawn
    on its capital, and the Sahel region is left out, since "the Sahel region" names the wider Sahel."""
    from geo.toponyms import recognise

    text = "Attacks hit the East region, the Centre-Nord and the Boucle du Mouhoun region of Burkina Faso."
    found = {m.place.place_id: m.place for m in recognise(text, gaz).mentions}
    assert {"bf-region-est", "bf-region-centre-nord", "bf-region-boucle-du-mouhoun"} <= set(found)
    est = found["bf-region-est"]
    assert (est.feature, est.country_code, est.geo_precision) == ("region", "BF", 3)
    assert "Fada N'Gourma" in est.source
    sahel = {m.place.place_id for m in recognise("Jihadists spread across the Sahel region.", gaz).mentions}
    assert not any(pid.startswith("bf-") for pid in sahel)


def test_curated_places_hide_geonames_duplicates(gaz):
    assert "gn-2460596" not in gaz.places  # Bamako's GeoNames id belongs to ml-bamako


def test_fallback_covers_the_region_and_capitals(gaz):
    countries = {p.country_code for p in gaz if p.origin == "geonames"}
    assert {"ML", "BF", "NE", "MR", "SN", "GN", "CI", "DZ", "BJ", "TG"} <= countries
    assert any(p.name == "Canberra" for p in gaz if p.origin == "geonames")  # a far capital
    assert len([p for p in gaz if p.origin == "geonames"]) > 5000


def test_no_fallback_place_is_matched_by_an_everyday_word(gaz):
    """``Say`` is dropped as the name of Niger's town, and so from the hamlet in Côte d'Ivoire that
    lists it among its spellings; ``Many``, ``Make`` and ``Bad`` likewise."""
    assert not [e.place.name for e in gaz.candidates("say") if e.place.origin == "geonames"]
    assert not gaz.candidates("many") and not gaz.candidates("bad")
    saye = [p for p in gaz if p.name == "Saye" and p.country_code == "CI"]
    assert saye and "Seye" in saye[0].aliases and "Say" not in saye[0].aliases


def test_the_shipped_fallback_is_filtered_when_written_not_when_read():
    """The word-frequency filter runs in ``scripts/make_reference_data.py``; reading the file trusts it."""
    with (REPO_ROOT / "data" / "geonames_region.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert not [r["name"] for r in rows if everyday_word(r["name"])]
    aliases = [a for r in rows for a in r["alternatenames"].split("|") if a]
    assert not [a for a in aliases if everyday_word(a)]
    assert not {"The Valley", "Garden City", "Great Bay"} & ({r["name"] for r in rows} | set(aliases))


def test_a_dump_import_keeps_no_everyday_spelling(project, tmp_path):
    dump = tmp_path / "NE.txt"
    cols = ["90000010", "Say", "Say", "Say,Saye,Great Bay", "13.1007", "2.3689", "P", "PPL", "NE", "",
            "08", "", "", "", "12000", "", "200", "Africa/Niamey", "2024-01-15"]  # fmt: skip
    dump.write_text("\t".join(cols) + "\n", encoding="utf-8")
    assert import_geonames_dump(dump, project).imported == 1
    say = gazetteer.load(project).get("gn-90000010")
    assert say.name == "Say" and "Saye" in say.aliases and "Great Bay" not in say.aliases


def test_fallback_places_get_region_names_from_curated_ids(gaz):
    fana = [p for p in gaz if p.name == "Fana" and p.country_code == "ML"]
    assert fana and fana[0].admin1 == "Koulikoro Region"


def test_no_place_lies_far_outside_the_region_it_is_filed_under(gaz):
    """GeoNames put Bamba (Gao Region) 1,100 km south, near Sikasso; the curation corrects it.
    Tombouctou Region is the widest, its towns up to ~600 km from its centre point."""
    regions = {p.admin1: p for p in gaz if p.place_id.startswith("ml-region-")}
    far = [
        (p.name, p.admin1, round(haversine_km(p.latitude, p.longitude, regions[p.admin1].latitude,
                                              regions[p.admin1].longitude)))
        for p in gaz
        if p.country_code == "ML" and p.admin1 in regions and p.has_coordinates
    ]  # fmt: skip
    assert [f for f in far if f[2] > 800] == []
    bamba = [p for p in gaz if p.name == "Bamba" and p.country_code == "ML"]
    assert len(bamba) == 1 and bamba[0].geonames_id == "2460584" and bamba[0].latitude > 16


def test_search_is_typo_tolerant(gaz):
    assert gaz.search("Tombuctou", limit=3)[0][0].place_id in {"ml-timbuktu", "ml-region-tombouctou"}
    assert gaz.search("Gosi", limit=3)[0][0].place_id.startswith("ml-gossi")
    assert gaz.search("", limit=3) == []


def test_nearest(gaz):
    place, km = gaz.nearest(14.33, -4.6)
    assert place.place_id == "ml-moura" and km < 1


def test_haversine_known_distance():
    # Bamako to Kati, about 16 km apart.
    assert 14 < haversine_km(12.60915, -7.97522, 12.74409, -8.07257) < 20


def test_unsourced_coordinate_is_refused(tmp_path):
    path = tmp_path / "gazetteer.csv"
    rows = curated_rows()[:2]
    rows[1]["source"] = ""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(GazetteerError, match="coordinate without a source"):
        read_curated(path)


def test_geonames_dump_import(project):
    report = import_geonames_dump(FIXTURES / "geonames_ML_sample.txt", project)
    assert (report.read, report.imported, report.skipped) == (4, 3, 1)  # the hill (class T) is skipped
    gaz = gazetteer.load(project)
    village = gaz.get("gn-90000002")
    assert village.origin == "local" and village.name == "Wendiguéré"
    assert (village.latitude, village.longitude) == (15.20456, -2.11234)
    assert "gn-90000003" not in gaz.places
    assert gaz.get("gn-90000004").feature == "district"
    from geo.toponyms import recognise

    found = recognise("Soldiers entered Wendiguéré at dawn.", gaz).mentions
    assert [m.place.place_id for m in found] == ["gn-90000002"]


def test_reimport_replaces_rows_and_reports_bad_ones(project):
    import_geonames_dump(FIXTURES / "geonames_ML_sample.txt", project)
    report = import_geonames_dump(FIXTURES / "geonames_ML_bad_rows.txt", project)
    assert report.imported == 1 and report.skipped == 3
    assert any("19" in p for p in report.problems)
    assert any("out of range" in p for p in report.problems)
    gaz = gazetteer.load(project)
    assert "gn-90000007" in gaz.places and "gn-90000001" in gaz.places


def test_refused_import_leaves_local_gazetteer_untouched(project, tmp_path):
    import_geonames_dump(FIXTURES / "geonames_ML_sample.txt", project)
    before = hashlib.sha256(project.gazetteer_local.read_bytes()).hexdigest()
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(GazetteerError):
        import_geonames_dump(junk, project)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(GazetteerError, match="no GeoNames rows"):
        import_geonames_dump(empty, project)
    assert hashlib.sha256(project.gazetteer_local.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("place_id", "latitude", "longitude", "admin2"),
    [
        ("bf-yirgou", 13.85333, -0.9875, "Sanmatenga"),
        ("bf-loroni", 13.62, -3.13972, "Sourou"),
        ("bf-fada-ngourma", 12.05, 0.36694, "Gourma"),
    ],
)
def test_villages_of_the_burkina_killings_have_their_sourced_points(
    gaz, place_id, latitude, longitude, admin2
):
    place = gaz.get(place_id)
    assert (place.latitude, place.longitude, place.admin2, place.country_code) == (
        latitude,
        longitude,
        admin2,
        "BF",
    )
    assert "Wikipedia (fr)" in place.source
