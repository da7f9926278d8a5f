// A build plugin (Rolldown / Vite) that minifies Lit's tagged templates (html`…`, svg`…`, css`…`),
// which a JavaScript minifier leaves alone because it cannot know what they hold. In the static
// parts of html and svg templates every run of whitespace that holds a line break becomes just
// those line breaks (HTML reads a line break as it reads the run it replaces: one space when
// rendered). css templates are minified (`minifyCss`): comments and the whitespace CSS does not
// need go, and so does the last `;` of each block, but every line break stays. The `${…}`
// expressions are kept as written (but for the templates inside them), and no line moves, so the
// modules' source maps stay right line for line.
//
// A template with preformatted text (<pre>, <textarea>, `white-space: pre…`) would show the
// difference: the plugin refuses it, naming the module, rather than change what a person sees.
//
// Used by the library build (vite.config.ts), the demo build (scripts/start.mjs, which the
// end-to-end tests drive) and `npm run bench`, so the sizes the bench prints are dist/'s.
// test/base/minify-templates.test.ts checks in Chromium that what it does changes no rule of any
// element's styles and no text a person sees.

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

/** Stands for a `${…}` expression while a css template's static parts are minified as one text. */
const HOLE = '\uE000';
/** No whitespace is needed after these, nor before the next set, in CSS (outside strings). */
const NO_SPACE_AFTER = new Set(['{', '}', ';', ',', '>', ':', '(', '!']);
const NO_SPACE_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);

/**
 * A css template's static parts (as written in the source) minified: comments go, whitespace goes
 * where CSS does not need it (around `{};,>!`, after `:` and `(`, before `)`) and is one space
 * elsewhere (a descendant combinator, `calc(a + b)`, `and (`), and the last `;` of a block goes.
 * Strings and `url(…)` are kept as written. Every line break stays (in place of the whitespace or
 * comment that held it), so each part keeps its lines and the expressions between the parts stay
 * where they were. Nothing else changes: no rule is merged or reordered, no value rewritten.
 */
export function minifyCss(statics, where = 'a module') {
  const text = statics.join(HOLE);
  let out = '';
  let previous = ''; // the last token written
  let semicolon = -1; // where in `out` the last `;` token was written
  let space = false; // whitespace (or a comment) since the last token
  let breaks = 0; // line breaks in it
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      space = true;
      if (c === '\n') breaks++;
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error(`${where}: an unterminated comment in a css template`);
      const comment = text.slice(i, end + 2);
      if (comment.includes(HOLE)) throw new Error(`${where}: an expression in a CSS comment`);
      space = true;
      breaks += comment.split('\n').length - 1;
      i = end + 2;
      continue;
    }
    let token;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      token = text.slice(i, j + 1);
    } else if (c === '\\') token = text.slice(i, i + 2);
    else if (/^url\(\s*[^\s'")]/i.test(text.slice(i, i + 6)) && !/[\w-]$/.test(previous)) {
      token = text.slice(i, text.indexOf(')', i) + 1);
    } else token = c;
    // The last declaration of a block needs no `;`.
    if (token === '}' && previous === ';') out = out.slice(0, semicolon) + out.slice(semicolon + 1);
    if (space) {
      if (breaks) out += '\n'.repeat(breaks);
      else if (previous && !NO_SPACE_AFTER.has(previous) && !NO_SPACE_BEFORE.has(token)) out += ' ';
    }
    space = false;
    breaks = 0;
    if (token === ';') semicolon = out.length;
    out += token;
    previous = token;
    i += token.length;
  }
  if (breaks) out += '\n'.repeat(breaks);
  const parts = out.split(HOLE);
  if (parts.length !== statics.length) throw new Error(`${where}: a css template it cannot read`);
  return parts;
}
const INDENTED_BREAKS = /[ \t]*\n[ \t\n]*/g;

/** A template's body (between its backticks) minified: see the top of this file. */
function minifyBody(body, kind, where) {
  const statics = [];
  const expressions = [];
  let i = 0;
  let last = 0;
  while (i < body.length) {
    if (body[i] === '\\') i += 2;
    else if (body[i] === '$' && body[i + 1] === '{') {
      const end = endOfExpression(body, i + 2);
      statics.push(body.slice(last, i));
      // The expression as written, but for the templates inside it (a list's rows).
      expressions.push(minifyTemplates(body.slice(i, end), where));
      i = last = end;
    } else i++;
  }
  statics.push(body.slice(last));
  if (statics.some((part) => UNSAFE.test(part))) {
    throw new Error(`${where}: a template with preformatted text; its whitespace must stay`);
  }
  const minified =
    kind === 'css'
      ? minifyCss(statics, where)
      : statics.map((part) =>
          part.replace(INDENTED_BREAKS, (run) => '\n'.repeat(run.split('\n').length - 1)),
        );
  return minified.map((part, n) => part + (expressions[n] ?? '')).join('');
}

const TAG = /\b(html|svg|css)`/g;

/** Rewrites the tagged templates of one module's source. */
export function minifyTemplates(code, where = 'a module') {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(code));) {
    const open = match.index + match[0].length - 1;
    const end = endOfTemplate(code, open);
    out += code.slice(last, open + 1) + minifyBody(code.slice(open + 1, end - 1), match[1], where);
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
