# sxdetect: every target creates the virtual environment it needs, so a fresh clone works.
#   make demo   runtime only (numpy, onnxruntime, tokenizers): score examples/queue.jsonl
#   make test   everything (torch first, CPU build), then the test suite
#   make train  the training pipeline with training/configs/baseline.toml
#   make bench  sxdetect against transformers + torch, side by side (docs/bench.md; BENCH_ARGS=--tiny)
PYTHON ?= python3
DEV := .venv
RUN := .venv-run
PIP_FLAGS := -q --disable-pip-version-check

.PHONY: demo test train bench clean

$(RUN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(RUN)
	$(RUN)/bin/pip install $(PIP_FLAGS) -e .
	touch $@

# torch==2.13.0 goes in first: an unpinned torch would pull gigabytes of CUDA packages.
$(DEV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(DEV)
	$(DEV)/bin/pip install $(PIP_FLAGS) --upgrade pip
	$(DEV)/bin/pip install $(PIP_FLAGS) torch==2.13.0
	$(DEV)/bin/pip install $(PIP_FLAGS) -e '.[train,serve,parquet,dev]'
	touch $@

demo: $(RUN)/.installed
	$(RUN)/bin/sxdetect score examples/queue.jsonl --table

test: $(DEV)/.installed
	$(DEV)/bin/python -m pytest -q

train: $(DEV)/.installed
	$(DEV)/bin/sxdetect train --config training/configs/baseline.toml --out runs/baseline --ship

bench: $(DEV)/.installed
	$(DEV)/bin/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(DEV) $(RUN) build dist .pytest_cache
