"""gunicorn settings for production (the Dockerfile's command) and for bench/chat_load.py, which runs the same.

uvicorn workers serve crave.asgi: sync views run on threads, and /ai/chat awaits its answer on the event
loop, so a burst of chats does not take the workers away from everyone else."""

import os

bind = os.environ.get("WEB_BIND_ADDRESS", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_WORKERS", "3"))
worker_class = "uvicorn_worker.UvicornWorker"
# A uvicorn worker is not killed for a long request (its loop keeps heartbeating); the timeout only catches a
# stuck loop. It still outlasts CHAT_TIMEOUT_SECONDS, which production settings check.
timeout = int(os.environ.get("WEB_TIMEOUT_SECONDS", "120"))
graceful_timeout = 30
accesslog = None


def post_worker_init(worker):
    """Each worker loads, before it takes a request, what the crisis screen of its first chat needs: torch, the
    embedding model and the screen's anchors, whether or not CRAVE_WARM_WEB is set (bench/chat_load.py's web
    tier did not set it: 13.7 s of its first chat on each worker went to loading, for 1.9 s of work)."""
    from gpu.embeddings import get_provider
    from insights.safety import is_crisis

    is_crisis("warming up", get_provider().embed)
