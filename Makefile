# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dask]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/policydoc parse corpus/normalize/traditional_pinyin.txt --format md

test: $(STAMP)
	$(BIN)/python -m pytest tests src/policydoc

# issue 12's figures: throughput table, then fresh-process start-up and the CLI (benchmarks/run.py runs every bench)
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_speed.py
	$(BIN)/python benchmarks/bench_startup.py

eval: $(STAMP)
	$(BIN)/policydoc eval --gold ../shared/gold --docs ../shared/seeds

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
