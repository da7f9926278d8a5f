// A build plugin (rolldown / vite) that takes the whitespace out of Lit's tagged templates, which
// a JavaScript minifier leaves alone because it cannot know what they hold:
//
// - css`…` without `${…}`: minified as CSS by esbuild (comments, indentation, last semicolons);
// - html`…` and svg`…`: every run of whitespace that holds a line break, in the template's
//   static parts, becomes one space. HTML collapses such runs to one space when it renders, so
//   what a person sees is unchanged (the kit has no <pre>, <textarea> or `white-space: pre` in
//   its templates; `assertSafe` refuses a template that has one).
//
// Used by the library build (vite.config.ts) and by `npm run bench`, so the sizes the bench
// prints are the sizes a host gets from dist/.
import { transformSync } from 'esbuild';

/** The index just past the template literal that starts at `start` (its opening backtick). */
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

/** The index just past the `}` that closes an expression starting at `start`. */
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

/** The static parts of a template literal's source (between the backticks) and its expressions. */
function split(body) {
  const parts = [];
  const expressions = [];
  let i = 0;
  let last = 0;
  while (i < body.length) {
    if (body[i] === '\\') i += 2;
    else if (body[i] === '$' && body[i + 1] === '{') {
      const end = endOfExpression(body, i + 2);
      parts.push(body.slice(last, i));
      expressions.push(body.slice(i, end));
      i = last = end;
    } else i++;
  }
  parts.push(body.slice(last));
  return { parts, expressions };
}

const UNSAFE = /<(pre|textarea)\b|white-space:\s*pre/;

function minifyHtml(body, where) {
  const { parts, expressions } = split(body);
  if (parts.some((part) => UNSAFE.test(part))) {
    throw new Error(`${where}: a template with preformatted text; keep its whitespace by hand`);
  }
  const collapsed = parts.map((part) => part.replace(/\s*\n\s*/g, ' '));
  return collapsed.map((part, i) => part + (expressions[i] ?? '')).join('');
}

function minifyCss(body) {
  if (body.includes('${') || body.includes('\\')) return body;
  const { code } = transformSync(body, { loader: 'css', minify: true, target: 'chrome120' });
  return code.trim().replace(/`/g, '\\`');
}

const TAG = /\b(html|svg|css)`/g;

/** Rewrites the tagged templates of one module's source. */
export function minifyTemplates(code, where = 'a module') {
  let out = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let match; (match = TAG.exec(code)); ) {
    const open = match.index + match[0].length - 1;
    const end = endOfTemplate(code, open);
    const body = code.slice(open + 1, end - 1);
    const minified = match[1] === 'css' ? minifyCss(body) : minifyHtml(body, where);
    out += code.slice(last, open + 1) + minified;
    last = end - 1;
    TAG.lastIndex = end;
  }
  return out + code.slice(last);
}

/** The plugin: the kit's own TypeScript modules only (src/). */
export function minifyTemplatesPlugin() {
  return {
    name: 'ph-minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      return { code: minifyTemplates(code, id), map: null };
    },
  };
}
