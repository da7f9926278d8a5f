// The adapter-use table, from the Custom Elements Manifest (for `npm run adapter-table`) or
// from the element classes (test/client/adapter-use.test.ts). No Node APIs: the test imports it
// in the browser.

/** `reads: ['a', 'b']` → ['a', 'b'] from the manifest's source text of the static. */
function list(text, name) {
  const match = new RegExp(`${name}:\\s*\\[([^\\]]*)\\]`).exec(text);
  return match ? [...match[1].matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]) : [];
}

/** Every element of the manifest with its declared use, sorted by tag name. */
export function elementUses(manifest) {
  const rows = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const member = (declaration.members ?? []).find((m) => m.name === 'adapterUse');
      const text = member?.default ?? '';
      rows.push({
        tag: declaration.tagName,
        reads: list(text, 'reads'),
        writes: list(text, 'writes'),
        optional: list(text, 'optional'),
      });
    }
  }
  return rows.sort((a, b) => (a.tag < b.tag ? -1 : 1));
}

/** The markdown table (the browser test renders the same from the classes). */
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
