"""The WSGI application: GET /health, GET/POST /todos, GET/DELETE /todos/<id>."""
import json
import threading

from . import __version__

_lock = threading.Lock()
_todos = {}
_next_id = [1]


def _reply(start_response, status, body):
    data = json.dumps(body).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def application(environ, start_response):
    method = environ["REQUEST_METHOD"]
    parts = [p for p in environ.get("PATH_INFO", "/").split("/") if p]
    if parts == ["health"] and method == "GET":
        return _reply(start_response, "200 OK", {"status": "ok", "version": __version__})
    if parts == ["todos"]:
        if method == "GET":
            with _lock:
                return _reply(start_response, "200 OK", sorted(_todos.values(), key=lambda t: t["id"]))
        if method == "POST":
            try:
                size = int(environ.get("CONTENT_LENGTH") or 0)
                title = json.loads(environ["wsgi.input"].read(size) or b"{}")["title"]
            except (ValueError, KeyError, TypeError):
                return _reply(start_response, "400 Bad Request", {"error": "expected {\"title\": …}"})
            with _lock:
                todo = {"id": _next_id[0], "title": str(title), "completed": False}
                _todos[todo["id"]] = todo
                _next_id[0] += 1
            return _reply(start_response, "201 Created", todo)
    if len(parts) == 2 and parts[0] == "todos" and parts[1].isdigit():
        with _lock:
            todo = _todos.get(int(parts[1]))
            if todo is not None and method == "DELETE":
                del _todos[todo["id"]]
                return _reply(start_response, "200 OK", todo)
        if todo is not None and method == "GET":
            return _reply(start_response, "200 OK", todo)
    return _reply(start_response, "404 Not Found", {"error": "not found"})
