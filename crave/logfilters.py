"""Log records as people read them: what users wrote kept out, and (under `make run`) one line per error."""

import logging


class RedactTaskResults(logging.Filter):
    """Celery's success line carries task return values (persona replies): keep them out of logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict) and "return_value" in record.args:
            record.args = {**record.args, "return_value": "<redacted>"}
        return True


class OneLineFormatter(logging.Formatter):
    """The error and its exception on one line, no traceback (`make run VERBOSE=1` shows tracebacks)."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None}))
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and not (str(error) and str(error) in line):  # Celery's line already names it
            line += f" [{type(error).__name__}: {error}]" if str(error) else f" [{type(error).__name__}]"
        return line.replace("\n", " | ")
