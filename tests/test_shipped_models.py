"""Behaviour of the models shipped in models/: the default is the INT8 transformer hybrid with the
n-gram fast tier beside it; context turns a bare "ok" after a threat into compliance; a clear case
is flagged and one signal alone is not, by every shipped model."""

import json

import numpy as np
import pytest

from sxdetect import Detector
from sxdetect.registry import list_models, resolve
from sxdetect.taxonomy import SIGNALS

SPECS = {spec.name: spec for spec in list_models()}
DISTRESS = SIGNALS.index("victim_distress")
CLEAR_CASE = {"id": "clear", "messages": [
    {"sender": "A", "text": "hey saw u in my suggestions, u seem cool"},
    {"sender": "B", "text": "who is this?"},
    {"sender": "A", "text": "add me on snap its easier there"},
    {"sender": "A", "text": "i sent mine, now send me one of u"},
    {"sender": "B", "text": "ok here [photo]", "has_image": True},
    {"sender": "A", "text": "i have ur pics and all ur followers, i'll send them to everyone"},
    {"sender": "A", "text": "send $300 on cashapp in 2 hours or everyone sees it"},
    {"sender": "B", "text": "please dont i dont have that much money"},
]}
ONE_SIGNAL = [
    {"id": "deadline", "messages": [{"sender": "A", "text": "the report is due by 5pm today or the client walks"}]},
    {"id": "payment", "messages": [{"sender": "A", "text": "can you send me the 20 you owe me on revolut"}]},
]


@pytest.fixture(scope="module", params=sorted(SPECS))
def detector(request):
    return Detector(request.param).load()


def test_default_is_the_int8_hybrid_and_the_fast_tier_stays():
    default = resolve("default")
    assert default.kind == "encoder" and default.entry["encoder"]["precision"] == "int8"
    assert "ngram" in default.entry["roles"]
    assert any(spec.kind == "ngram" for spec in SPECS.values())


def test_each_model_ships_its_evaluation_report():
    for spec in SPECS.values():
        report = json.loads((spec.directory / "report.json").read_text())
        model = report["models"][0]
        assert (model["name"], model["version"]) == (spec.name, spec.version)
        groups = model["groups"]
        assert "file:synthetic:test" in groups and any(k.startswith("file:") and ":" not in k[5:] for k in groups)


def test_clear_case_flagged_one_signal_alone_not(detector):
    clear, *single = detector.score([CLEAR_CASE, *ONE_SIGNAL])
    assert clear.flagged and clear.label == "sextortion" and clear.stage == "extortion"
    assert not any(r.flagged for r in single)


def test_default_reads_a_bare_ok_through_the_message_before():
    det = Detector().load()
    threshold = det.signal_thresholds_[DISTRESS]
    # scored one at a time: dynamic INT8 lets batch neighbours move a probability slightly
    def distress(text, previous):
        return float(det._signals.predict([text], [previous])[0, DISTRESS])

    after_threat = distress("ok", "i will send it to all your followers")
    after_plans = distress("ok", "see you at 5 at the station?")
    assert after_threat > threshold > after_plans
    assert np.isfinite(after_threat) and after_threat - after_plans > 0.3
