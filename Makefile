# Setdown: `make run` serves the app, `make test` checks everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: install run test lint migrations-check pytest clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

run: install
	$(BIN)/setdown migrate --noinput
	PORT=$(PORT) $(BIN)/setdown serve

lint: install
	$(BIN)/ruff check setdown tests bench
	$(BIN)/ruff format --check setdown tests bench

migrations-check: install
	$(BIN)/setdown makemigrations --check --dry-run

pytest: install
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint migrations-check pytest

clean:
	rm -rf $(VENV) var/test-screenshots
