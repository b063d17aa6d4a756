// Reads what the benchmarks need from a WebAssembly binary: each function's body size and
// the data segments (where the bytes go), and the function names of the name section (a
// build made with wasm-opt -g keeps them; wasm-bindgen has demangled them).

/** Sections of a module: `{ id, name, start, end }`, `name` for custom sections. */
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at++];
    const [size, body] = leb(bytes, at);
    let name;
    if (id === 0) {
      const [length, from] = leb(bytes, body);
      name = new TextDecoder().decode(bytes.subarray(from, from + length));
    }
    out.push({ id, name, start: body, end: body + size });
    at = body + size;
  }
  return out;
}

/** An unsigned LEB128 at `at`: `[value, position after it]`. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
    shift += 7;
  }
}

/**
 * The module's functions and data: `{ imports, importNames, functions: [{ index, size }],
 * data: [sizes], names: Map(index → name) }`. Function indices count imported functions first, as the
 * name section and V8's `wasm-function[N]` do.
 */
export function readModule(bytes) {
  const all = sections(bytes);
  let imports = 0;
  // The imported functions' field names, by function index (the glue's names for them).
  const importNames = [];
  const importSection = all.find((s) => s.id === 2);
  if (importSection) {
    let [count, at] = leb(bytes, importSection.start);
    for (let i = 0; i < count; i++) {
      let field = "";
      for (let part = 0; part < 2; part++) {
        const [length, from] = leb(bytes, at);
        field = new TextDecoder().decode(bytes.subarray(from, from + length));
        at = from + length;
      }
      const kind = bytes[at++];
      if (kind === 0) {
        importNames.push(field);
        imports++;
        at = leb(bytes, at)[1];
      } else if (kind === 1) {
        at = limits(bytes, at + 1);
      } else if (kind === 2) {
        at = limits(bytes, at);
      } else if (kind === 3) {
        at += 2;
      } else {
        at = leb(bytes, at + 1)[1];
      }
    }
  }
  const functions = [];
  const code = all.find((s) => s.id === 10);
  if (code) {
    let [count, at] = leb(bytes, code.start);
    for (let i = 0; i < count; i++) {
      const [size, body] = leb(bytes, at);
      functions.push({ index: imports + i, size: body + size - at });
      at = body + size;
    }
  }
  const data = [];
  const dataSection = all.find((s) => s.id === 11);
  if (dataSection) {
    let [count, at] = leb(bytes, dataSection.start);
    for (let i = 0; i < count; i++) {
      const start = at;
      const [flags, next] = leb(bytes, at);
      at = next;
      if (flags === 2) at = leb(bytes, at)[1];
      if (flags !== 1) {
        while (bytes[at] !== 0x0b) at++;
        at++;
      }
      const [size, body] = leb(bytes, at);
      at = body + size;
      data.push(at - start);
    }
  }
  const names = new Map();
  const nameSection = all.find((s) => s.name === "name");
  if (nameSection) {
    let at = leb(bytes, nameSection.start)[1] + 4;
    while (at < nameSection.end) {
      const kind = bytes[at++];
      const [size, body] = leb(bytes, at);
      if (kind === 1) {
        let [count, p] = leb(bytes, body);
        for (let i = 0; i < count; i++) {
          const [index, q] = leb(bytes, p);
          const [length, from] = leb(bytes, q);
          names.set(index, new TextDecoder().decode(bytes.subarray(from, from + length)));
          p = from + length;
        }
      }
      at = body + size;
    }
  }
  return { imports, importNames, functions, data, names, total: bytes.length };
}

/** Past a table's or memory's limits at `at`. */
function limits(bytes, at) {
  const flags = bytes[at++];
  at = leb(bytes, at)[1];
  return flags & 1 ? leb(bytes, at)[1] : at;
}

/**
 * Where a function belongs, from its demangled name: the crate, and for the widget's own
 * code its module (`mit_overblik::present`). A trait method is the implementing type's unless
 * the type is the standard library's (`<alloc::sync::Arc<…> as leptos::children::ToChildren>`
 * is Leptos's code).
 */
export function owner(name) {
  if (!name) return { crate: "(unnamed)", module: "(unnamed)" };
  if (/shim|^__wbindgen|^__externref|^__wbg_|^wasm_bindgen__convert/.test(name)) {
    return { crate: "wasm_bindgen", module: "wasm_bindgen (glue shims)" };
  }
  let path = name.replace(/\[[0-9a-f]{16}\]/g, "");
  const trait = path.match(/^<(.+?) as ([a-z_0-9]+)::/);
  if (trait) {
    const typeCrate = trait[1].match(/^&?(?:mut )?(?:dyn )?([a-z_0-9]+)::/)?.[1];
    const ownType = typeCrate && !["core", "alloc", "std"].includes(typeCrate);
    path = ownType ? trait[1].replace(/^&?(?:mut )?(?:dyn )?/, "") : `${trait[2]}::`;
  } else {
    path = path.replace(/^<+/, "");
  }
  const segments = path.split("::");
  const crate = segments[0].replace(/[^a-z_0-9]/g, "") || "(other)";
  const module = crate === "mit_overblik" ? segments.slice(0, 2).join("::").replace(/[<{].*/, "") : crate;
  return { crate, module };
}
