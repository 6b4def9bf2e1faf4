"""The taxonomy module mirrors shared/spec/taxonomy.md."""

import re
from pathlib import Path

import pytest

from sxdetect import taxonomy

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "taxonomy.md"


def test_counts():
    assert len(taxonomy.SIGNALS) == 8 and len(taxonomy.LABELS) == 3 and len(taxonomy.STAGES) == 5


@pytest.mark.skipif(not SPEC.exists(), reason="shared/spec not beside the checkout")
def test_matches_spec():
    text = SPEC.read_text(encoding="utf-8")
    signals = re.findall(r"^\| `(\w+)` \| (?!a threat|the precursor|everything else)", text, flags=re.M)
    labels = re.findall(r"^\| `(\w+)` \| (?:a threat|the precursor|everything else)", text, flags=re.M)
    assert tuple(signals) == taxonomy.SIGNALS
    assert set(labels) == set(taxonomy.LABELS)  # LABELS is ordered benign → sextortion
    stages = re.search(r"`none` < `contact` < `grooming` < `image_exchange` < `extortion`", text)
    assert stages and taxonomy.STAGES == ("none", "contact", "grooming", "image_exchange", "extortion")


def test_stage_from_signals():
    assert taxonomy.stage_from_signals([]) == "none"
    assert taxonomy.stage_from_signals(["deadline", "victim_distress"]) == "none"
    assert taxonomy.stage_from_signals(["new_contact"]) == "contact"
    assert taxonomy.stage_from_signals(["new_contact", "image_exchange"]) == "image_exchange"
    assert taxonomy.stage_from_signals(["trust_building", "payment_demand"]) == "extortion"


def test_checks():
    assert taxonomy.check_signals(["deadline"]) == ["deadline"]
    with pytest.raises(ValueError, match="unknown signal"):
        taxonomy.check_signals(["nope"])
    with pytest.raises(ValueError, match="unknown label"):
        taxonomy.check_label("spam")
