"""The core every app builds on: one error shape, queue names, the Redis client, throttles, pagination, the
admin's base classes and the project-local services. It imports no app of ours."""
