# Two commands for a newcomer: `make run` and `make test`. See README.md.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install lint format migrate demo messages clean bench worker screenshots

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): requirements.txt | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

install: $(STAMP)

# The compiled catalogs are committed; recompile when gettext is installed.
messages: install
	@if [ ! -d locale ]; then echo "no catalogs yet"; \
	elif command -v msgfmt >/dev/null 2>&1; then $(PY) manage.py compilemessages --ignore=.venv -v0; \
	else echo "msgfmt not found: using the committed .mo catalogs"; fi

migrate: install messages
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_content

run: demo
	$(PY) manage.py create_dev_admin
	@echo "Admin: http://127.0.0.1:8000/admin/  (login admin / admin, then the code from: $(PY) manage.py totp_code)"
	$(PY) manage.py runserver 127.0.0.1:8000

# Staff emails leave the outbox only through this worker (development: the console).
worker: migrate
	$(PY) manage.py send_notifications --loop

# The tests need PostgreSQL (full-text search, query plans, the demo snapshot): the
# machine's own on 127.0.0.1 unless DATABASE_URL names another.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/idp
# Test processes (pytest-xdist), each with its own test database (test_idp_gw0, ...),
# demo snapshot and media folder; 0 runs everything in this one process. Two fit the
# two cores of our machines and CI: the demo content, the browser and the app servers
# of one worker run while the other waits on the database. `load` hands each worker
# the tests in pytest-django's order (database tests before transactional ones, which
# leave the database empty): `worksteal` broke that order and failed 325 tests.
PYTEST_WORKERS ?= 2

test: messages
	@if [ -x "$${IDP_CHROMIUM:-$$(command -v chromium || echo /usr/bin/chromium)}" ]; then \
		echo "Browser tests (tests/browser): running with Chromium."; \
	else echo "Chromium not found: the browser tests in tests/browser will be SKIPPED."; fi
	DATABASE_URL="$${DATABASE_URL:-$(TEST_DATABASE_URL)}" $(PY) -m pytest \
		-n $(PYTEST_WORKERS) --dist load $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3 .test-media .pytest_cache

# Benchmark on a separate PostgreSQL database (idp_bench); writes docs/benchmark.md.
bench: install messages
	$(PY) manage.py bench $(BENCH_ARGS)

# Full-page PNGs of every page type, en and es, at 375 and 1280 px, into screenshots/
# (git-ignored), from the demo content on a throwaway test database. Needs Chromium.
screenshots: messages
	SCREENSHOTS_DIR=$(CURDIR)/screenshots $(PY) -m pytest tests/browser/screenshots.py -q -p no:cacheprovider $(PYTEST_ARGS)
