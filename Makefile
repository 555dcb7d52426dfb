# Every target sets up .venv from the hash-pinned lock first, so each works as the only command.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
RAY_STAMP := $(VENV)/.ray-stamp
SHARED ?= ../shared
# article counts of the scaling table; `make bench SCALE_SIZES=1000,5000` spares the build of 20,000
SCALE_SIZES ?= 1000,5000,20000

.PHONY: demo test lint eval bench lock clean serve screenshots

$(STAMP): requirements/pip.txt requirements/main.txt requirements/dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/pip.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes \
		-r requirements/main.txt -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

$(RAY_STAMP): $(STAMP) requirements/ray.txt  # the optional Ray engine, for the tests and the bench
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/ray.txt
	touch $@

demo: $(STAMP)  ## analyse the bundled sample corpus into sitroom-demo/
	$(BIN)/sitroom demo

test: $(RAY_STAMP)  ## lint, then the whole test suite (with Debian's chromium and Ray installed)
	scripts/ensure-browser
	$(BIN)/ruff check src tests eval scripts
	SITROOM_REQUIRE_BROWSER=$$(command -v chromedriver >/dev/null && echo 1) $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests eval scripts
	$(BIN)/ruff format --check src tests eval scripts

serve: $(STAMP)  ## the situation room over the demo corpus, on http://127.0.0.1:8000/
	mkdir -p sitroom-demo
	$(BIN)/sitroom add src/sitroom/demo/corpus --store sitroom-demo/demo.db
	$(BIN)/sitroom serve --store sitroom-demo/demo.db

screenshots: $(STAMP)  ## screenshots of the front, story and actor pages into docs/screenshots/
	scripts/ensure-browser
	$(BIN)/python -m eval.screenshots --out docs/screenshots

eval: $(STAMP)  ## score against the public data in ../shared/data; writes docs/quality.md
	$(BIN)/python -m eval --shared $(SHARED) --out docs/quality.md

bench: $(RAY_STAMP)  ## time sitroom against a bare spaCy run; writes docs/performance.md
	$(BIN)/python -m eval.bench --shared $(SHARED) --out docs/performance.md
	$(BIN)/python -m eval.bench --shared $(SHARED) --out docs/performance.md --profile
	$(BIN)/python -m eval.archive_bench --shared $(SHARED) --out docs/performance.md
	$(BIN)/python -m eval.serve_bench --shared $(SHARED) --out docs/performance.md
	$(BIN)/python -m eval.scaling_bench --shared $(SHARED) --out docs/performance.md --sizes $(SCALE_SIZES)

lock:  ## recompile the hash-pinned lock files (needs pip-tools)
	cd requirements && pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links -o main.txt main.in && \
	pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links -o dev.txt dev.in && \
	pip-compile --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url \
		--no-emit-find-links -o ray.txt ray.in

clean:
	rm -rf $(VENV) sitroom-demo .pytest_cache
