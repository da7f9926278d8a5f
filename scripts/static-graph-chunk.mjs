// A build plugin (Rolldown / Vite 8) that puts every module an entry imports statically, directly
// or not, into one chunk: what a page loads before any dynamic import(), as one file.
//
// Why: Rolldown gives its own chunk to each set of modules that the entry shares with a dynamic
// import — the locales (they import the msg runtime), the partner hub's lazily loaded pages, the
// integration settings' API keys part — even though those modules are always loaded already when
// the dynamic import runs (rolldown/rolldown#10263; Rollup keeps them in the entry chunk). The
// whole kit came out as 17 chunks loaded together, each compressed on its own. Nothing moves
// behind a dynamic import and nothing is left out: the modules the dynamic chunks add (a locale,
// a lazily loaded page) stay in their own chunks and import what they share from the entry chunk.
//
// Used by the demo build (scripts/start.mjs) and `npm run bench`, which bundle one entry each.
// The library build (vite.config.ts) ships one file per module and does not chunk; a host that
// bundles the kit with Vite 8 can add this plugin (or the same `output.codeSplitting.groups`).

/** The plugin; `name` is the chunk's name. */
export function staticGraphChunk(name = 'static') {
  let reachable = new Set();
  return {
    name: 'ph-static-graph-chunk',
    // The entry chunk may export more than the entry does (what the dynamic chunks import from
    // it): then the group is the entry chunk itself, not a chunk behind a re-exporting facade.
    options(options) {
      return { ...options, preserveEntrySignatures: 'allow-extension' };
    },
    buildEnd(error) {
      reachable = new Set();
      if (error) return;
      const stack = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (stack.length > 0) {
        const id = stack.pop();
        if (reachable.has(id)) continue;
        reachable.add(id);
        // Static imports only: a dynamic import() starts a chunk of its own.
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions(options) {
      const splitting = typeof options.codeSplitting === 'object' ? options.codeSplitting : {};
      const group = { name, test: (id) => reachable.has(id) };
      return {
        ...options,
        codeSplitting: { ...splitting, groups: [group, ...(splitting.groups ?? [])] },
      };
    },
  };
}
