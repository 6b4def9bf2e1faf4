"""ONNX graphs for the linear parts of sxdetect models, each export ending in a parity check.

The n-gram signal model is a sparse linear layer: ``sigmoid(sum_k W[idx_k] * val_k + b)``, built
as Gather → Mul → ReduceSum → Add → Sigmoid so it consumes the ``(indices, values)`` pairs of
:func:`sxdetect.features.featurize` directly. The aggregator is a dense multinomial logistic
regression (MatMul → Add → Softmax). Both are written with ``onnx.helper`` (no skl2onnx, whose
text converters differ from scikit-learn), and :func:`check_parity` compares onnxruntime's output
with the reference probabilities before anything is shipped.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


class ParityError(AssertionError):
    """The exported model does not reproduce the model it came from."""


def _save(graph: onnx.GraphProto, path: Path, doc: str) -> Path:
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="sxdetect")
    model.doc_string = doc
    onnx.checker.check_model(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(path))
    return path


def export_sparse_linear(coef: np.ndarray, intercept: np.ndarray, path: Path) -> Path:
    """Export ``coef [n_features, n_out]`` and ``intercept [n_out]`` as a sparse sigmoid layer."""
    n_out = coef.shape[1]
    nodes = [
        helper.make_node("Gather", ["W", "indices"], ["gathered"], axis=0),
        helper.make_node("Unsqueeze", ["values", "axis_last"], ["values3"]),
        helper.make_node("Mul", ["gathered", "values3"], ["weighted"]),
        helper.make_node("ReduceSum", ["weighted", "axis_one"], ["summed"], keepdims=0),
        helper.make_node("Add", ["summed", "b"], ["logits"]),
        helper.make_node("Sigmoid", ["logits"], ["probabilities"]),
    ]
    graph = helper.make_graph(
        nodes,
        "sxdetect_ngram_signals",
        inputs=[
            helper.make_tensor_value_info("indices", TensorProto.INT64, ["batch", "nnz"]),
            helper.make_tensor_value_info("values", TensorProto.FLOAT, ["batch", "nnz"]),
        ],
        outputs=[helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["batch", n_out])],
        initializer=[
            numpy_helper.from_array(coef.astype(np.float32), "W"),
            numpy_helper.from_array(intercept.astype(np.float32), "b"),
            numpy_helper.from_array(np.array([-1], dtype=np.int64), "axis_last"),
            numpy_helper.from_array(np.array([1], dtype=np.int64), "axis_one"),
        ],
    )
    return _save(graph, Path(path), "hashed n-gram features -> message signal probabilities")


def export_softmax_linear(coef: np.ndarray, intercept: np.ndarray, path: Path) -> Path:
    """Export a multinomial logistic regression (``coef [n_classes, n_features]``)."""
    n_classes, n_features = coef.shape
    nodes = [
        helper.make_node("MatMul", ["features", "W"], ["xw"]),
        helper.make_node("Add", ["xw", "b"], ["logits"]),
        helper.make_node("Softmax", ["logits"], ["probabilities"], axis=-1),
    ]
    graph = helper.make_graph(
        nodes,
        "sxdetect_aggregator",
        inputs=[helper.make_tensor_value_info("features", TensorProto.FLOAT, ["rows", n_features])],
        outputs=[helper.make_tensor_value_info("probabilities", TensorProto.FLOAT, ["rows", n_classes])],
        initializer=[
            numpy_helper.from_array(coef.T.astype(np.float32), "W"),
            numpy_helper.from_array(intercept.astype(np.float32), "b"),
        ],
    )
    return _save(graph, Path(path), "conversation prefix features -> label probabilities")


def check_parity(path: Path, inputs: dict[str, np.ndarray], expected: np.ndarray, tolerance: float = 1e-4) -> float:
    """Run ``path`` in onnxruntime on ``inputs``; raise :class:`ParityError` if max |Δp| > tolerance."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    got = session.run(None, inputs)[0]
    if got.shape != expected.shape:
        raise ParityError(f"{Path(path).name}: shape {got.shape} != reference {expected.shape}")
    delta = float(np.max(np.abs(got.astype(np.float64) - expected))) if expected.size else 0.0
    if delta > tolerance:
        raise ParityError(f"{Path(path).name}: max |Δp| {delta:.2e} exceeds {tolerance:.0e}")
    return delta
