// For the benchmark (engines.mjs, one load per engine and citizen, apart from the timed
// loads: counting slows each call): counts the calls from the widget's WebAssembly into the
// browser, i.e. into the functions it imports, up to the widget's first-card mark, as
// window.benchCalls. Wraps the imports as the module is instantiated; the page's first script.
(() => {
  let calls = 0;
  const counted = (imports) => {
    const wrapped = {};
    for (const [space, members] of Object.entries(imports ?? {})) {
      wrapped[space] = {};
      for (const [name, member] of Object.entries(members)) {
        wrapped[space][name] =
          typeof member === "function"
            ? function (...args) {
                calls++;
                return member.apply(this, args);
              }
            : member;
      }
    }
    return wrapped;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = (source, imports) => instantiate(source, counted(imports));
  WebAssembly.instantiateStreaming = (source, imports) => instantiateStreaming(source, counted(imports));
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    if (name === "mit-overblik:first-card" && window.benchCalls === undefined) window.benchCalls = calls;
    return mark(name, options);
  };
})();
