import { serve } from "@hono/node-server";
import { Hono } from "hono";

// The baseline for bench/api.ts: a bare Hono hello-world on the same Node server adapter.
const app = new Hono().get("/", (c) => c.text("hello"));
serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => {
  process.stdout.write(`listening on ${info.port}\n`);
});
