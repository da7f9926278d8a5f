// Custom Elements Manifest (`npm run analyze` → custom-elements.json), read from the JSDoc of
// the widget classes (@summary, @slot, @event, @csspart, @cssproperty) and Lit's decorators.
// Storybook's docs and controls come from it, so only the public API may appear in it.

/**
 * Keeps internals out of the manifest: private/protected members, `@state`, `@query`, statics
 * (except `adapterUse`: which adapter methods the element reads and writes).
 */
function publicApiOnly() {
  const internalDecorators = new Set([
    'state',
    'query',
    'queryAll',
    'queryAsync',
    'consume',
    'provide',
  ]);
  const internalMembers = new Set();
  return {
    name: 'ph-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
        const internal = decorators.some((decorator) => {
          const call = decorator.expression;
          const callee = ts.isCallExpression(call) ? call.expression : call;
          return ts.isIdentifier(callee) && internalDecorators.has(callee.text);
        });
        if (internal && member.name)
          internalMembers.add(`${node.name.text}#${member.name.getText()}`);
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class' || !declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) =>
            (!member.static || member.name === 'adapterUse') &&
            member.privacy !== 'private' &&
            member.privacy !== 'protected' &&
            !member.name.startsWith('#') &&
            !member.name.startsWith('_') &&
            !internalMembers.has(`${declaration.name}#${member.name}`),
        );
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
  plugins: [publicApiOnly()],
};
