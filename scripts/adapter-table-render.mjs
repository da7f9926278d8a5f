// The adapter-use table, from the Custom Elements Manifest (for `npm run adapter-table` and
// test/client/adapter-use.test.ts). No Node APIs: the test imports it in the browser.

/** Every element of the manifest with its declared `adapterUse`, sorted by tag name. */
export function elementUses(manifest) {
  const rows = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const use = declaration.adapterUse ?? {};
      rows.push({
        tag: declaration.tagName,
        reads: [...(use.reads ?? [])],
        writes: [...(use.writes ?? [])],
        optional: [...(use.optional ?? [])],
      });
    }
  }
  return rows.sort((a, b) => (a.tag < b.tag ? -1 : 1));
}

/** The markdown table. */
export function renderTable(rows) {
  const cell = (methods, optional) =>
    methods.length === 0
      ? '—'
      : methods
          .map((m) => (optional.includes(m) ? `\`${m}\` (if offered)` : `\`${m}\``))
          .join(', ');
  const lines = [
    '| Element | Reads | Writes |',
    '| --- | --- | --- |',
    ...rows.map(
      (r) => `| \`<${r.tag}>\` | ${cell(r.reads, r.optional)} | ${cell(r.writes, r.optional)} |`,
    ),
  ];
  return lines.join('\n');
}
