"use strict";
const test = require("node:test");
const assert = require("node:assert");
const http = require("node:http");
const { handler } = require("../src/app.js");

async function get(server, path) {
  const { port } = server.address();
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port, path }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, body: JSON.parse(body) }));
    }).on("error", reject);
  });
}

test("health, greet and 404", async () => {
  const server = http.createServer(handler).listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  try {
    assert.equal((await get(server, "/health")).body.status, "ok");
    assert.deepEqual((await get(server, "/greet?name=hier")).body, { greeting: "hello, hier" });
    assert.equal((await get(server, "/nope")).status, 404);
  } finally {
    server.close();
  }
});
