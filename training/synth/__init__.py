"""Synthetic conversation generator for sxdetect (issue #3).

Language-independent scripts (:mod:`.scripts`), per-language lexicons (:mod:`.lang`), the engine
(:mod:`.generate`: ``generate`` and ``run_synth``), realism noise (:mod:`.noise`), obfuscation
(:mod:`.obfuscate`), honest template splits (:mod:`.splits`), the composition summary
(:mod:`.compose`) and the data card (:mod:`.card`). Import functions from those modules, e.g.
``from training.synth.generate import generate, run_synth``.
"""
