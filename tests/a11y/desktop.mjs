// A private desktop for reading what assistive technology receives: a D-Bus session of its own
// (dbus-run-session), an X display (Xvfb) and the AT-SPI accessibility bus on them
// (at-spi-bus-launcher), the bus Orca reads. Browsers started with `desktop.env` show their
// accessibility tree there; `desktop.tree(app)` reads it through pyatspi (`tests/a11y/atspi.py`).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { freeDisplay, waitForDisplay } from "../engines/drivers.mjs";

/** Debian's Python, which has `python3-pyatspi` (the machine's own Python may not). */
const PYTHON = process.env.A11Y_PYTHON ?? "/usr/bin/python3";
const AT_SPI_BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher";

/** Starts the desktop; `close()` ends all it started. */
export async function startDesktop() {
  const started = [];
  // The session's child ends with its input, and dbus-run-session then ends its bus.
  const close = () => started.reverse().forEach((child) => (child.spawnargs[0] === "dbus-run-session" ? child.stdin.end() : child.kill()));
  try {
    // The session lasts while its child runs; the child says the bus's address and waits for
    // its input to end, so the session ends with this process even if it dies.
    const session = spawn("dbus-run-session", ["--", "sh", "-c", 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat'], { stdio: ["pipe", "pipe", "ignore"] });
    started.push(session);
    const [address] = await once(createInterface({ input: session.stdout }), "line");
    const display = `:${freeDisplay()}`;
    const xvfb = spawn("Xvfb", [display, "-screen", "0", "1600x1200x24", "-nolisten", "tcp"], { stdio: "ignore" });
    started.push(xvfb);
    await waitForDisplay(display);
    const env = {
      ...process.env,
      DISPLAY: display,
      DBUS_SESSION_BUS_ADDRESS: address,
      // GTK and Firefox talk to the accessibility bus only when asked to.
      GTK_A11Y: "atspi",
      GNOME_ACCESSIBILITY: "1",
      // Firefox would otherwise ask the session for desktop portals that are not there.
      GTK_USE_PORTAL: "0",
    };
    const bus = spawn(AT_SPI_BUS_LAUNCHER, ["--launch-immediately"], { env, stdio: "ignore" });
    started.push(bus);
    const reader = spawn(PYTHON, [fileURLToPath(new URL("atspi.py", import.meta.url))], { env, stdio: ["pipe", "pipe", "inherit"] });
    started.push(reader);
    const answers = createInterface({ input: reader.stdout });
    const pending = [];
    answers.on("line", (line) => pending.shift()?.(line));
    /** The tree of `app`'s showing document titled `title` (JSON, `tests/a11y/atspi.py`). */
    const tree = (app, title) =>
      new Promise((ok, fail) => {
        pending.push((line) => {
          const answer = JSON.parse(line);
          if (answer.error) fail(new Error(`atspi.py: ${answer.error}`));
          else ok(answer.tree);
        });
        reader.stdin.write(`${JSON.stringify({ app, title })}\n`);
      });
    return { env, tree, close };
  } catch (error) {
    close();
    throw error;
  }
}
