// The accessibility tree as a person reads it: one line per object in reading order, its role,
// name, states, heading level and text (of objects holding no others: WebKitGTK gives a
// container the text of all it holds), indented by depth. Nameless containers (the layout's
// divs and spans) are left out, their contents kept.

/** The transcript of `root` (a node of `tests/a11y/atspi.py`). */
export function transcript(root) {
  const lines = [];
  const walk = (node, depth) => {
    const plain = ["section", "panel"].includes(node.role) && node.name === "" && (node.children.length > 0 || node.text === "");
    if (!plain) {
      let line = `${"  ".repeat(depth)}${node.role}`;
      if (node.name) line += ` "${node.name}"`;
      if (node.attrs.level) line += ` level ${node.attrs.level}`;
      if (node.states.length) line += ` [${node.states.join(", ")}]`;
      if (node.attrs.live) line += ` (live: ${node.attrs.live})`;
      if (node.text && node.text !== node.name && node.children.length === 0) line += `: ${node.text}`;
      lines.push(line);
    }
    for (const child of node.children) walk(child, plain ? depth : depth + 1);
  };
  walk(root, 0);
  return `${lines.join("\n")}\n`;
}
