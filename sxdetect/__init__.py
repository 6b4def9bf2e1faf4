"""sxdetect: find the sextortion pattern in chat, early, with evidence.

The runtime package is light (numpy, onnxruntime, tokenizers): importing it never imports
torch, transformers or scikit-learn. Start with :class:`Detector`::

    from sxdetect import Detector
    detector = Detector("default").load()
    results = detector.score([{"id": "c1", "messages": [{"sender": "A", "text": "hi"}]}])
"""

from __future__ import annotations

__version__ = "0.1.0"

from .detector import Detector, NotLoadedError
from .records import Caps, Conversation, Message, RecordError, parse_record
from .registry import ModelError
from .results import ConversationResult, MessageSignals
from .taxonomy import LABELS, SIGNALS, STAGES, TAXONOMY_VERSION


def load(model: str = "default", **kwargs: object) -> Detector:
    """Shortcut for ``Detector(model, **kwargs).load()``."""
    return Detector(model, **kwargs).load()  # type: ignore[arg-type]


__all__ = [
    "Caps", "Conversation", "ConversationResult", "Detector", "LABELS", "Message",
    "MessageSignals", "ModelError", "NotLoadedError", "RecordError", "SIGNALS", "STAGES",
    "TAXONOMY_VERSION", "__version__", "load", "parse_record",
]
