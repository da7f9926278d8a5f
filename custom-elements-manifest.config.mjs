// Custom Elements Manifest (`npm run analyze` → custom-elements.json), read from the JSDoc of
// the widget classes (@summary, @slot, @event, @csspart, @cssproperty) and Lit's
// `static properties` (the kit declares its reactive properties there, not with decorators).
// Storybook's docs and controls come from it, so only the public API may appear in it.

/**
 * Each element's `adapterUse` (which adapter methods it reads and writes, and which of those it
 * does without), from the `@adapter-reads`, `@adapter-writes` and `@adapter-optional` tags of its
 * class comment: `{ reads: [...], writes: [...], optional: [...] }` on the declaration. The
 * README's table (scripts/adapter-table.mjs) and test/client/adapter-use.test.ts read it.
 */
function adapterUse() {
  const uses = new Map();
  const kinds = {
    'adapter-reads': 'reads',
    'adapter-writes': 'writes',
    'adapter-optional': 'optional',
  };
  return {
    name: 'ph-adapter-use',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const use = { reads: [], writes: [], optional: [] };
      let tagged = false;
      for (const tag of ts.getJSDocTags(node)) {
        const kind = kinds[tag.tagName.text];
        if (!kind) continue;
        const text =
          typeof tag.comment === 'string'
            ? tag.comment
            : (ts.getTextOfJSDocComment(tag.comment) ?? '');
        use[kind].push(...text.split(/\s+/).filter(Boolean));
        tagged = true;
      }
      if (tagged) uses.set(node.name.text, use);
    },
    // Tag names are linked to their classes last (the define calls sit in other modules).
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.tagName) continue;
          declaration.adapterUse = uses.get(declaration.name) ?? {
            reads: [],
            writes: [],
            optional: [],
          };
        }
    },
  };
}

/**
 * Keeps internals out of the manifest: private/protected members, internal state (`state: true`
 * in `static properties`) and the attributes the analyzer makes for them, statics.
 */
function publicApiOnly() {
  const internalMembers = new Set();
  return {
    name: 'ph-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = ts
          .getModifiers?.(member)
          ?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (
          !isStatic ||
          !ts.isPropertyDeclaration(member) ||
          member.name.getText() !== 'properties'
        )
          continue;
        const declarations = member.initializer;
        if (!declarations || !ts.isObjectLiteralExpression(declarations)) continue;
        for (const entry of declarations.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer))
            continue;
          const state = entry.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              option.name.getText() === 'state' &&
              option.initializer.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (state) internalMembers.add(`${node.name.text}#${entry.name.getText()}`);
        }
      }
    },
    // The file lister answers in no fixed order within a depth: shallower first, then by path,
    // so the manifest only changes when the code does.
    packageLinkPhase({ customElementsManifest }) {
      const depth = (path) => path.split('/').length;
      customElementsManifest.modules.sort(
        (a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
      );
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class' || !declaration.members) continue;
        const internal = new Set();
        declaration.members = declaration.members.filter((member) => {
          const keep =
            !member.static &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected' &&
            !member.name.startsWith('#') &&
            !member.name.startsWith('_') &&
            !internalMembers.has(`${declaration.name}#${member.name}`);
          if (!keep) internal.add(member.name);
          // Public is the default: the analyzer marks it only on what `static properties` names.
          else if (member.privacy === 'public') delete member.privacy;
          return keep;
        });
        // The analyzer makes an attribute for every entry of `static properties` without
        // `attribute: false`, internal state included.
        const attributes = declaration.attributes?.filter(
          (attribute) => !internal.has(attribute.fieldName),
        );
        if (attributes?.length) declaration.attributes = attributes;
        else delete declaration.attributes;
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/i18n/locales/**'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not let the analyzer rewrite it.
  packagejson: false,
  plugins: [adapterUse(), publicApiOnly()],
};
