// The local server (scripts/server.mjs) that the test environment and these tests stand on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "./harness.mjs";

test("a path with a broken percent-encoding gets 400, and the server keeps serving", async () => {
  const { url, server } = await startServer();
  try {
    for (const path of ["%E0%A4%A", "fixtures/%", "%ZZ.json"]) {
      const response = await fetch(`${url}${path}`);
      assert.equal(response.status, 400, path);
    }
    const page = await fetch(`${url}widget.html`);
    assert.equal(page.status, 200, "still serving");
  } finally {
    server.close();
  }
});
