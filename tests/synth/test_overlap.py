"""The overlap measures count what they say on hand-made records."""

from training.synth.overlap import overlap_table, surface_forms, unseen_share


def _rec(lang, texts, tids=()):
    return {"lang": lang, "template_ids": list(tids), "messages": [{"text": t} for t in texts]}


def test_surface_forms_normalise():
    forms = surface_forms([_rec("en", ["Hi!!!", "hi!!"]), _rec("de", ["hallo"])])
    assert forms["en"] == {"hi!!"} and forms["de"] == {"hallo"}


def test_unseen_share():
    train = [_rec("en", ["a", "b"])]
    test = [_rec("en", ["c", "d"]), _rec("en", ["a", "e"]), _rec("de", ["x"])]
    assert unseen_share(train, test) == {"all": 2 / 3, "de": 1.0, "en": 0.5}


def test_overlap_table_rows():
    splits = {"train": [_rec("en", ["a"], ["en:x:1"])], "validation": [_rec("en", ["b"], ["en:x:2"])],
              "test": [_rec("en", ["c", "d"], ["en:x:3", "en:y:0"])]}
    rows = overlap_table(splits)
    en = rows[0]
    assert en["templates_test"] == 2 and en["forms_test"] == 2 and en["test_all_unseen"] == 1.0
    assert en["phrasings"] > 100 and rows[-1]["lang"] == "all"
