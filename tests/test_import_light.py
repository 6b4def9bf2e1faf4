"""``import sxdetect`` must not pull in torch, transformers or scikit-learn."""

import subprocess
import sys


def test_import_is_light():
    code = (
        "import sys, sxdetect; from sxdetect import Detector; "
        "heavy = [m for m in ('torch', 'transformers', 'sklearn', 'training') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
