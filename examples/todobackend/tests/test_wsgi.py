import io
import json
import unittest

from todobackend.wsgi import application


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else b""
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "CONTENT_LENGTH": str(len(data)), "wsgi.input": io.BytesIO(data)}
    status = []
    out = b"".join(application(environ, lambda s, h: status.append(s)))
    return int(status[0].split()[0]), json.loads(out)


class TodoTest(unittest.TestCase):
    def test_health(self):
        self.assertEqual(call("GET", "/health")[0], 200)

    def test_create_list_delete(self):
        code, todo = call("POST", "/todos", {"title": "write tests"})
        self.assertEqual(code, 201)
        self.assertIn(todo, call("GET", "/todos")[1])
        self.assertEqual(call("DELETE", f"/todos/{todo['id']}")[0], 200)
        self.assertEqual(call("GET", f"/todos/{todo['id']}")[0], 404)

    def test_bad_request(self):
        self.assertEqual(call("POST", "/todos", {"name": "x"})[0], 400)


if __name__ == "__main__":
    unittest.main()
