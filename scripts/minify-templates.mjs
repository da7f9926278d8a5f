// A build plugin (Rolldown / Vite) that takes the indentation out of Lit's tagged templates
// (html`…`, svg`…`, css`…`), which a JavaScript minifier leaves alone because it cannot know what
// they hold. In their static parts every run of whitespace that holds a line break becomes just
// those line breaks. Nothing else changes: HTML and CSS read a line break as they read the run it
// replaces (one space when rendered), the `${…}` expressions are kept as written (but for the
// templates inside them), and no line moves, so the modules' source maps stay right line for line.
//
// A template with preformatted text (<pre>, <textarea>, `white-space: pre…`) would show the
// difference: the plugin refuses it, naming the module, rather than change what a person sees.
//
// Used by the library build (vite.config.ts), the demo build (scripts/start.mjs, which the
// end-to-end tests drive) and `npm run bench`, so the sizes the bench prints are dist/'s.

/** The index just past the template literal whose opening backtick is at `start`. */
function endOfTemplate(code, start) {
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') return i + 1;
    else if (c === '$' && code[i + 1] === '{') i = endOfExpression(code, i + 2);
    else i++;
  }
  throw new Error('unterminated template literal');
}

/** The index just past the `}` that closes the `${` expression whose body starts at `start`. */
function endOfExpression(code, start) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === '`') i = endOfTemplate(code, i);
    else if (c === "'" || c === '"') i = endOfString(code, i);
    else if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i) + 2;
    else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error('unterminated template expression');
}

function endOfString(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

const UNSAFE = /<(pre|textarea)\b|white-space:\s*pre/;
const INDENTED_BREAKS = /[ \t]*\n[ \t\n]*/g;

/** A template's body (between its backticks) with the indentation of its static parts gone. */
function minifyBody(body, where) {
  let out = '';
  let i = 0;
  let last = 0;
  const statics = [];
  const flush = (end) => {
    const part = body.slice(last, end);
    statics.push(part);
    out += part.replace(INDENTED_BREAKS, (run) => '\n'.repeat(run.split('\n').length - 1));
  };
  while (i < body.length) {
    if (body[i] === '\\') i += 2;
    else if (body[i] === '$' && body[i + 1] === '{') {
      const end = endOfExpression(body, i + 2);
      flush(i);
      // The expression as written, but for the templates inside it (a list's rows).
      out += minifyTemplates(body.slice(i, end), where);
      i = last = end;
    } else i++;
  }
  flush(body.length);
  if (statics.some((part) => UNSAFE.test(part))) {
    throw new Error(`${where}: a template with preformatted text; its whitespace must stay`);
  }
  return out;
}

const TAG = /\b(?:html|svg|css)`/g;

/** Rewrites the tagged templates of one module's source. */
export function minifyTemplates(code, where = 'a module') {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(code));) {
    const open = match.index + match[0].length - 1;
    const end = endOfTemplate(code, open);
    out += code.slice(last, open + 1) + minifyBody(code.slice(open + 1, end - 1), where);
    last = end - 1;
    TAG.lastIndex = end;
  }
  return out + code.slice(last);
}

/** The plugin, for the kit's own TypeScript modules (src/). */
export function minifyTemplatesPlugin() {
  return {
    name: 'ph-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:html|svg|css)`/.test(code)) return null;
      // Lines stay where they were: the source map of the module is unchanged.
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
