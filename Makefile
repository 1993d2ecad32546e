# Two entry points do all set-up on a fresh machine:
#   make demo   - the whole pipeline on the seeds with the local Neo4j
#   make test   - the static checks (make lint) and the whole test suite (what CI runs)

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
OUT    := out
STAMP  := $(VENV)/.installed

.PHONY: demo test lint install java-deps browser-deps neo4j kernel clean bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT  := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get

# A JDK and Maven for the local Neo4j (Debian packages; root or sudo needed once). Any JDK
# 17+ will do: kg db install picks the newest one and the matching Neo4j line.
java-deps:
	@need=0; command -v mvn >/dev/null || need=1; \
	{ command -v javac >/dev/null || ls /usr/lib/jvm/*/bin/javac >/dev/null 2>&1; } || need=1; \
	if [ $$need = 1 ]; then $(APT) update -qq && $(APT) install -y -qq default-jdk-headless maven; fi

# Headless Chromium for the browser tests (Debian packages).
browser-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  $(APT) update -qq && $(APT) install -y -qq chromium chromium-driver; \
	fi

# Neo4j Community from Maven Central into the per-user cache (once; a no-op afterwards).
neo4j: $(STAMP) java-deps
	$(KG) db install

# A Jupyter kernel that runs the project's venv (used by the notebook tests).
kernel: $(STAMP)
	$(PY) -m ipykernel install --sys-prefix --name osint-kg --display-name "osint-kg (venv)" >/dev/null

demo: $(STAMP) neo4j
	$(KG) validate
	$(KG) build
	$(KG) stats
	$(KG) export --format json -o $(OUT)/graph.json
	$(KG) export --format graphml -o $(OUT)/graph.graphml
	$(KG) export --format gexf -o $(OUT)/graph.gexf
	$(KG) export --format csv -o $(OUT)/csv
	$(KG) db start
	$(KG) load --replace
	$(KG) query --saved producers --param weapon=kn-23
	$(KG) query --saved disagreements
	$(KG) analyze --out $(OUT)/report.md
	$(KG) conflicts
	$(KG) path "Kim Jong Un" "Kursk" --k 2
	$(KG) render --out $(OUT)/views --center "Kim Jong Un" --depth 2 --path "Kim Jong Un" "Kursk" --as-of 2025-01
	$(KG) db stop
	@echo
	@echo "Exports:  $(OUT)/graph.json  $(OUT)/graph.graphml  $(OUT)/graph.gexf  $(OUT)/csv/"
	@echo "Report:   $(OUT)/report.md"
	@echo "Views:    $(OUT)/views/index.html"
	@echo "Notebook: notebooks/explore.ipynb (kernel 'osint-kg (venv)': make kernel; needs jupyter: pip install jupyterlab)"
	@echo "Database: kg db start, then kg query --list, or Neo4j Browser (docs/neo4j.md); stopped again now"

# Static checks (configured in pyproject.toml): lint, formatting, types. `make test` runs them first.
lint: $(STAMP)
	$(VENV)/bin/ruff check graph scripts tests
	$(VENV)/bin/ruff format --check graph scripts tests
	$(VENV)/bin/mypy

# Two workers by default (each starts its own local server); TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2

test: lint $(STAMP) neo4j browser-deps kernel
	$(PY) -m pytest -n $(TEST_WORKERS)

bench: $(STAMP)
	$(PY) scripts/bench_build.py --sizes 1000 10000 100000

clean:
	rm -rf $(OUT) .kg .pytest_cache
