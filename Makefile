# Two commands for a bare machine with python3: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test test-browser lint install install-dev migrate demo clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Local demo: DEBUG on, SQLite, demo data loaded once.
run: export DEBUG ?= true
run: install
	$(PY) manage.py migrate --no-input
	@test -f .demo-seeded || ($(PY) manage.py seed_demo && touch .demo-seeded)
	$(PY) manage.py runserver 127.0.0.1:8000

test: install-dev
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(PY) manage.py makemigrations --check --dry-run --settings=portal.settings_test
	# On PostgreSQL the test database is rebuilt: transactional tests flush migration data.
	$(BIN)/pytest -m "not browser" $(if $(DATABASE_URL),--create-db,)

# Browser tests: Debian's chromium (installed by .ci/run), axe-core from npm.
test-browser: install-dev
	@test -f node_modules/axe-core/axe.min.js || npm ci --no-audit --no-fund
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest -m browser

lint: install-dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) db.sqlite3* .demo-seeded staticfiles test-results node_modules
