"use strict";
// `node server.js [PORT]`: serves the handler; stops cleanly on SIGTERM/SIGINT.
const http = require("node:http");
const { handler } = require("./app.js");

const port = Number(process.argv[2] || process.env.PORT || 3000);
const server = http.createServer(handler);
server.listen(port, "0.0.0.0", () => console.log(`node-service listening on :${port}`));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
