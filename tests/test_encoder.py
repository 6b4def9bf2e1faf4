"""The transformer runtime (sxdetect.encoder): token ids equal AutoTokenizer's, the padding trap is
avoided, long messages become windows, batching never changes a result, and the ONNX engine
reproduces the torch model it came from. Uses a tiny random BERT over the packaged vocabulary."""

import json

import numpy as np
import pytest

from sxdetect.encoder import EncoderSettings, PairTokenizer, length_batches, pad_batch

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from training.encoder import BASE_PACKAGE, SignalEncoder, base_model_path, torch_logits  # noqa: E402

BASE = base_model_path(BASE_PACKAGE)
PAIRS = [
    ("send <amount> on cashapp in 2 hours or i post everything", "please i dont have money"),
    ("ok", "pay or i post it"),
    ("hey saw u in my suggestions, u seem cool", None),
    ("ich schicke deine bilder an alle deine freunde", "bitte nicht"),
    ("", "hello"),
    ("je vais envoyer tes photos a ta famille", "non " * 80),
]


@pytest.fixture(scope="module")
def auto_tokenizer():
    return transformers.AutoTokenizer.from_pretrained(str(BASE))


def _tok(max_length=32, **kw):
    return PairTokenizer(BASE / "tokenizer.json", EncoderSettings(max_length=max_length, **kw))


def test_ids_equal_autotokenizer(auto_tokenizer):
    tok = _tok(32)
    win = tok.windows([m for m, _ in PAIRS], [p for _, p in PAIRS])
    assert list(win.owner) == list(range(len(PAIRS)))  # all fit one window
    for (msg, prev), ids, types in zip(PAIRS, win.ids, win.types):
        ref = auto_tokenizer(msg, prev, truncation="only_second" if prev else True, max_length=32)
        assert ids.tolist() == ref["input_ids"]
        assert types.tolist() == ref["token_type_ids"]


def test_packaged_tokenizer_pads_to_128_but_ours_does_not():
    from tokenizers import Tokenizer

    raw = Tokenizer.from_file(str(BASE / "tokenizer.json"))
    assert len(raw.encode("hi").ids) == 128  # the trap this runtime avoids
    win = _tok(96).windows(["hi"], [None])
    assert win.ids[0].tolist() == [101, 7632, 102]
    feed = pad_batch(win.ids + _tok(96).windows(["hi there friend"], [None]).ids, win.types * 2)
    assert feed["input_ids"].shape == (2, 5) and feed["attention_mask"][0].tolist() == [1, 1, 1, 0, 0]


def test_long_messages_become_windows(auto_tokenizer):
    tok = _tok(16, window_overlap=4, max_windows=5)
    text = " ".join(f"word{i}" for i in range(12))  # several tokens per word
    n_tokens = len(auto_tokenizer(text, add_special_tokens=False)["input_ids"])
    win = tok.windows([text, "short"], ["the previous message", None])
    first = [w for w, o in zip(win.ids, win.owner) if o == 0]
    assert 1 < len(first) <= 5 and all(len(w) <= 16 for w in first)
    assert first[0].tolist() == auto_tokenizer(text, truncation=True, max_length=16)["input_ids"]
    inner = [t for w in first for t in w[1:-1].tolist()]
    assert set(auto_tokenizer(text, add_special_tokens=False)["input_ids"]) <= set(inner)
    assert sum(len(w) - 2 for w in first) >= n_tokens  # overlapping windows cover every token
    huge = _tok(16, window_overlap=4, max_windows=3).windows([text * 20], [None])
    assert len(huge.ids) == 3  # capped, spread over the text


def test_helpers():
    from sxdetect.features import max_by_owner

    order = length_batches([5, 1, 3, 2], 2)
    assert [b.tolist() for b in order] == [[1, 3], [2, 0]]
    got = max_by_owner(np.array([[1.0, -2.0], [0.5, 3.0], [7.0, 7.0]]), np.array([0, 0, 1]), 2)
    assert got.tolist() == [[1.0, 3.0], [7.0, 7.0]]


@pytest.fixture(scope="module")
def tiny_engine_dir(tmp_path_factory):
    """A model folder with a tiny random BERT encoder (exported here), a combiner and an aggregator."""
    from sxdetect.aggregate import FEATURE_NAMES, FEATURE_VERSION
    from sxdetect.registry import SCHEMA_VERSION, file_record, write_manifest
    from sxdetect.taxonomy import LABELS, SIGNALS, TAXONOMY_VERSION
    from training import encoder_export, export
    from training.encoder import Combiner

    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                                     intermediate_size=64, max_position_embeddings=128)
    model = SignalEncoder(transformers.BertModel(config, add_pooling_layer=False), len(SIGNALS)).eval()
    root = tmp_path_factory.mktemp("engine")
    folder = root / "tiny-enc"
    encoder_export.export_encoder(model, folder / "encoder.onnx")
    encoder_export._write_tokenizer(BASE / "tokenizer.json", folder / "tokenizer.json")
    rng = np.random.default_rng(0)
    comb = Combiner(rng.uniform(0.5, 2, 8), np.zeros(8), rng.normal(size=8), uses_ngram=False)
    encoder_export.export_combiner(comb, folder / "combiner.onnx")
    export.export_softmax_linear(rng.normal(size=(len(LABELS), len(FEATURE_NAMES))), np.zeros(len(LABELS)),
                                 folder / "aggregator.onnx")
    roles = {"tokenizer": "tokenizer.json", "encoder": "encoder.onnx", "combiner": "combiner.onnx",
             "aggregator": "aggregator.onnx"}
    entry = {"name": "tiny-enc", "version": "0", "kind": "encoder", "path": "tiny-enc", "roles": roles,
             "files": {f: file_record(folder / f) for f in roles.values()}, "taxonomy_version": TAXONOMY_VERSION,
             "encoder": {"max_length": 24, "max_windows": 4, "window_overlap": 4, "batch_size": 3},
             "aggregator": {"features": FEATURE_VERSION, "n_features": len(FEATURE_NAMES)},
             "thresholds": {"conversation": 0.5}}
    write_manifest(root, {"schema_version": SCHEMA_VERSION, "default": "tiny-enc", "models": {"tiny-enc": entry}})
    return root, model, comb


def test_engine_matches_torch_and_batching_is_invisible(tiny_engine_dir):
    from sxdetect import Detector
    from sxdetect.normalize import normalize_text

    root, model, comb = tiny_engine_dir
    det = Detector(root).load()
    engine = det._signals
    texts = [m for m, _ in PAIRS] + ["word " * 60]
    prev = [p for _, p in PAIRS] + ["x"]
    norm, nprev = [normalize_text(t) for t in texts], [normalize_text(p) if p else None for p in prev]
    got = engine.encoder_logits(norm, nprev)
    ref = torch_logits(model, engine.tokenizer.windows(norm, nprev), len(norm), batch_size=2)
    assert np.abs(got - ref).max() < 1e-4
    together = engine.predict(texts, prev)
    alone = np.concatenate([engine.predict([t], [p]) for t, p in zip(texts, prev)])
    assert np.abs(together - alone).max() < 1e-5
    expected = 1 / (1 + np.exp(-(comb.a * ref + comb.c)))
    assert np.abs(together - expected).max() < 1e-4
    assert engine.predict([], []).shape == (0, 8)
    res = det.score([{"id": "c", "messages": [{"sender": "A", "text": "hi"}, {"sender": "B", "text": "ok"}]}])
    assert len(res[0].trajectory) == 2 and res[0].model == "tiny-enc"


def test_engine_refuses_a_combiner_without_its_ngram(tiny_engine_dir, tmp_path):
    import shutil

    from sxdetect import Detector, ModelError
    from sxdetect.registry import file_record
    from training import encoder_export
    from training.encoder import Combiner

    root, _, _ = tiny_engine_dir
    copy = tmp_path / "m"
    shutil.copytree(root, copy)
    comb = Combiner(np.ones(8), np.ones(8), np.zeros(8))
    encoder_export.export_combiner(comb, copy / "tiny-enc" / "combiner.onnx")
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["models"]["tiny-enc"]["files"]["combiner.onnx"] = file_record(copy / "tiny-enc" / "combiner.onnx")
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(ModelError, match="n-gram"):
        Detector(copy).load()


def test_fine_tuning_leaves_out_messages_longer_than_one_window():
    from sxdetect.records import Conversation, Message
    from training.encoder import EncoderConfig, training_examples

    cfg = EncoderConfig(max_length=24, max_train_messages=100)
    long_text = "i have your pics and i will send them to everyone you know " * 3
    conv = Conversation("c", (Message("hey there", "A", signals=("new_contact",)),
                              Message(long_text, "A", signals=("threat_to_expose",)),
                              Message("ok", "B")), "en", "sextortion")
    ids, types, labels, distinct = training_examples([conv], cfg, _tok(24))
    assert distinct == 3 and len(ids) == len(types) == len(labels) == 2  # the long message is left out
    assert all(len(x) <= 24 for x in ids)
    from sxdetect.taxonomy import SIGNALS

    assert labels[:, SIGNALS.index("threat_to_expose")].sum() == 0  # only the long message carried it
