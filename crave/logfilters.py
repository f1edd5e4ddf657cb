"""Keep what users wrote out of logs: Celery's success line carries task return values (persona replies)."""
import logging


class RedactTaskResults(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict) and "return_value" in record.args:
            record.args = {**record.args, "return_value": "<redacted>"}
        return True
