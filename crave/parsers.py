"""JSON bodies: a document nested too deeply is a 400, not a RecursionError and a 500."""

import json

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32  # the deepest a real request goes is a sync batch: object -> list -> object -> list


def depth_ok(text: str, limit: int = MAX_DEPTH) -> bool:
    """Bracket depth outside strings, without building anything (cheap on a 200 KB body)."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return False
        elif char in "]}":
            depth -= 1
    return True


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = (parser_context or {}).get("encoding", "utf-8")
        try:
            text = stream.read().decode(encoding)
        except UnicodeDecodeError as exc:
            raise ParseError(f"The body is not valid {encoding}.") from exc
        if not depth_ok(text):
            raise ParseError(f"JSON nested more than {MAX_DEPTH} levels deep.")
        try:
            return json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise ParseError(f"JSON parse error: {exc}") from None
