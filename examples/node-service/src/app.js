"use strict";
// The request handler: GET /health, GET /greet?name=…, anything else 404. No dependencies.
const { version } = require("../package.json");

function handler(req, res) {
  const url = new URL(req.url, "http://localhost");
  const send = (status, body) => {
    const data = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(data) });
    res.end(data);
  };
  if (req.method === "GET" && url.pathname === "/health") return send(200, { status: "ok", version });
  if (req.method === "GET" && url.pathname === "/greet") return send(200, { greeting: `hello, ${url.searchParams.get("name") || "world"}` });
  return send(404, { error: "not found" });
}

module.exports = { handler };
