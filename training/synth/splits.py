"""Honest train / validation / test splits over phrasings and families.

Every template id (``lang:slot:index``) belongs to exactly one split, decided by a sha256 hash
of the id: within each (language, slot) the phrasings are ranked by hash, the first 15% (at
least one) go to test, the next 15% (at least one) to validation, the rest to train. So each
split can fill every slot, and the test split never contains a phrasing seen in training.
Some whole families (``DEFAULT_HIDDEN_FAMILIES``) are kept out of train and validation and
appear only in test: the "hidden families" test. The assignment depends only on the ids and
the number of phrasings in a slot, so appending phrasings moves few ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from .generate import generate
from .lexicon import load_lexicon, parse_template_id
from .scripts import FAMILIES

SPLITS: tuple[str, ...] = ("train", "val", "test")
#: Share of each slot's phrasings per split (train gets the rest).
TEST_SHARE = 0.15
VAL_SHARE = 0.15
#: One family per label seen only in the test split.
DEFAULT_HIDDEN_FAMILIES: tuple[str, ...] = ("sx_hacked_cloud", "gr_modeling_scout", "bn_work_deadline")


def _hash_unit(tid: str) -> float:
    return int(hashlib.sha256(tid.encode("utf-8")).hexdigest()[:15], 16) / 16**15


def assign_slot(ids: list[str]) -> dict[str, str]:
    """Split the template ids of one (language, slot) so that each split gets at least one."""
    ranked = sorted(ids, key=_hash_unit)
    n = len(ranked)
    if n < 3:  # too few to split: first to train, second to test
        return {tid: ("train", "test")[k] for k, tid in enumerate(ranked)}
    n_test = max(1, round(n * TEST_SHARE))
    n_val = max(1, round(n * VAL_SHARE))
    return {tid: "test" if k < n_test else "val" if k < n_test + n_val else "train"
            for k, tid in enumerate(ranked)}


@lru_cache(maxsize=None)
def _slot_table(lang: str, slot: str) -> dict[str, str]:
    n = len(load_lexicon(lang).slots[slot])
    return assign_slot([f"{lang}:{slot}:{i}" for i in range(n)])


def split_of(template_id: str) -> str:
    """The split (``train``, ``val`` or ``test``) of one template id."""
    lang, slot, index = parse_template_id(template_id)
    table = _slot_table(lang, slot)
    if template_id not in table:
        raise KeyError(f"unknown template id {template_id!r}")
    return table[template_id]


def template_filter_for(split: str) -> Callable[[str], bool]:
    """A ``template_filter`` for :func:`generate` that allows only one split's phrasings."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; expected one of {SPLITS}")
    return lambda tid: split_of(tid) == split


def families_for_split(split: str, hidden_families: Iterable[str] = DEFAULT_HIDDEN_FAMILIES) -> list[str]:
    """Families a split may use: test gets all, train and validation all but the hidden ones."""
    hidden = set(hidden_families)
    unknown = hidden - set(FAMILIES)
    if unknown:
        raise ValueError(f"unknown hidden families: {sorted(unknown)}")
    return [f for f in FAMILIES if split == "test" or f not in hidden]


def generate_split(split: str, n: int, seed: int | str = 0,
                   hidden_families: Iterable[str] = DEFAULT_HIDDEN_FAMILIES, **kwargs: Any):
    """Generate ``n`` records of one split from its own phrasings and families only."""
    return generate(n, seed=f"{seed}/{split}", template_filter=template_filter_for(split),
                    families=families_for_split(split, hidden_families),
                    id_prefix=f"syn-{split}", **kwargs)


def generate_splits(n_train: int, n_val: int, n_test: int, seed: int | str = 0,
                    hidden_families: Iterable[str] = DEFAULT_HIDDEN_FAMILIES,
                    **kwargs: Any) -> dict[str, list[dict[str, Any]]]:
    """Generate train, validation and test sets whose phrasings never overlap.

    ``kwargs`` go to :func:`generate` (``langs``, ``label_mix``, ``family_weights``,
    ``obfuscation_rate``, ...). Test also holds the ``hidden_families``.
    """
    hidden = tuple(hidden_families)
    out = {split: list(generate_split(split, n, seed, hidden, **kwargs))
           for split, n in zip(SPLITS, (n_train, n_val, n_test))}
    for a, b in (("train", "val"), ("train", "test"), ("val", "test")):
        check_disjoint(out[a], out[b])
    return out


def template_ids_of(records: Iterable[Mapping[str, Any]]) -> set[str]:
    """Every template id used by a set of records."""
    return {tid for rec in records for tid in rec.get("template_ids", ())}


def shared_template_ids(a: Iterable[Mapping[str, Any]], b: Iterable[Mapping[str, Any]]) -> set[str]:
    """Template ids used by both sets of records (empty for honest splits)."""
    return template_ids_of(a) & template_ids_of(b)


def check_disjoint(a: Iterable[Mapping[str, Any]], b: Iterable[Mapping[str, Any]]) -> None:
    """Raise ``ValueError`` when two sets of records share a template id."""
    shared = shared_template_ids(a, b)
    if shared:
        raise ValueError(f"{len(shared)} template ids shared, e.g. {sorted(shared)[:5]}")
