// A build plugin (Rolldown / Vite) that minifies Lit's tagged templates (html`…`, svg`…`, css`…`),
// which a JavaScript minifier leaves alone because it cannot know what they hold. In the static
// parts of html and svg templates every run of whitespace that holds a line break becomes just
// those line breaks (HTML reads a line break as it reads the run it replaces: one space when
// rendered; whether whitespace between tags renders depends on the CSS, a host's theme included,
// so none is taken out). css templates are minified (`minifyCss`): comments, the whitespace CSS
// does not need, line breaks and the last `;` of each block go. The `${…}` expressions are kept
// as written (but for the templates inside them). The module's source map maps every token the
// plugin leaves in place to its line and column, and each edited part to where it started.
//
// Templates are found by walking the code past strings, comments and regular expressions, so
// "`.svg`" in a comment is not one. A template with preformatted text (<pre>, <textarea>,
// `white-space: pre…`) would show the difference: the plugin refuses it, naming the module,
// rather than change what a person sees.
//
// Used by the library build (vite.config.ts), the demo build (scripts/start.mjs, which the
// end-to-end tests drive) and `npm run bench`, so the sizes the bench prints are dist/'s.
// test/base/minify-templates.test.ts checks in Chromium that what it does changes no rule of any
// element's styles and no text a person sees, and that the source map is right.

/** Words after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
]);
for (const word of ['void', 'throw', 'yield', 'await', 'instanceof']) BEFORE_REGEX.add(word);

/** The index just past the regular expression literal that starts at `start`. */
function endOfRegex(code, start) {
  let i = start + 1;
  let inClass = false;
  while (i < code.length && code[i] !== '\n') {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      i++;
      while (/[a-z]/i.test(code[i] ?? '')) i++;
      return i;
    }
    i++;
  }
  throw new Error('unterminated regular expression');
}

function endOfString(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/**
 * Walks JavaScript (or TypeScript) from `start` past strings, comments, regular expressions and
 * template literals, calling `template(tag, open)` for each template literal (`tag` is `html`,
 * `svg` or `css` when it is one of Lit's, else undefined) with its opening backtick at `open`;
 * that returns the index just past the template. Inside a `${` expression (`inExpression`), returns
 * the index just past the `}` that closes it; else the end of the code.
 */
function walk(code, start, inExpression, template) {
  let depth = 1;
  let i = start;
  let previous = ''; // the last token's end: a word or a punctuation character
  while (i < code.length) {
    const c = code[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) throw new Error('unterminated comment');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      i = endOfString(code, i);
      previous = c;
    } else if (c === '`') {
      i = template(/(?:^|[^\w$.])(html|svg|css)$/.exec(code.slice(Math.max(0, i - 5), i))?.[1], i);
      previous = c;
    } else if (c === '/' && (/^$|[^\w$)\]]$/.test(previous) || BEFORE_REGEX.has(previous))) {
      i = endOfRegex(code, i);
      previous = c;
    } else if (/[\w$]/.test(c)) {
      const word = /^[\w$]+/.exec(code.slice(i, i + 64))[0];
      i += word.length;
      previous = word;
    } else {
      if (inExpression && c === '{') depth++;
      else if (inExpression && c === '}' && --depth === 0) return i + 1;
      i++;
      previous = c;
    }
  }
  if (inExpression) throw new Error('unterminated template expression');
  return i;
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
 * Strings and `url(…)` are kept as written, and so are the expressions between the parts. Nothing
 * else changes: no rule is merged or reordered, no value rewritten.
 */
export function minifyCss(statics, where = 'a module') {
  const text = statics.join(HOLE);
  let out = '';
  let previous = ''; // the last token written
  let semicolon = -1; // where in `out` the last `;` token was written
  let space = false; // whitespace (or a comment) since the last token
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      space = true;
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) throw new Error(`${where}: an unterminated comment in a css template`);
      const comment = text.slice(i, end + 2);
      if (comment.includes(HOLE)) throw new Error(`${where}: an expression in a CSS comment`);
      space = true;
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
    if (space && previous && !NO_SPACE_AFTER.has(previous) && !NO_SPACE_BEFORE.has(token)) {
      out += ' ';
    }
    space = false;
    if (token === ';') semicolon = out.length;
    out += token;
    previous = token;
    i += token.length;
  }
  const parts = out.split(HOLE);
  if (parts.length !== statics.length) throw new Error(`${where}: a css template it cannot read`);
  return parts;
}
const INDENTED_BREAKS = /[ \t]*\n[ \t\n]*/g;

/** Indentation out: every run of whitespace that holds a line break becomes those line breaks. */
const unindent = (part) =>
  part.replace(INDENTED_BREAKS, (run) => '\n'.repeat(run.split('\n').length - 1));

/** The edits that minify the tagged templates of `code`: [start, end, replacement], in order. */
function templateEdits(code, where) {
  const edits = [];
  const template = (tag, open) => {
    const parts = []; // [start, end] of each static part
    let i = open + 1;
    let last = i;
    for (;;) {
      if (i >= code.length) throw new Error(`${where}: an unterminated template literal`);
      if (code[i] === '\\') i += 2;
      else if (code[i] === '`') break;
      else if (code[i] === '$' && code[i + 1] === '{') {
        parts.push([last, i]);
        // The expression as written, but for the templates inside it (a list's rows).
        i = last = walk(code, i + 2, true, template);
      } else i++;
    }
    parts.push([last, i]);
    if (!tag) return i + 1;
    const statics = parts.map(([a, b]) => code.slice(a, b));
    if (statics.some((part) => UNSAFE.test(part))) {
      throw new Error(`${where}: a template with preformatted text; its whitespace must stay`);
    }
    const minified = tag === 'css' ? minifyCss(statics, where) : statics.map(unindent);
    parts.forEach(([a, b], n) => {
      if (minified[n] !== statics[n]) edits.push([a, b, minified[n]]);
    });
    return i + 1;
  };
  walk(code, 0, false, template);
  return edits.sort((a, b) => a[0] - b[0]);
}

function applyEdits(code, edits) {
  let out = '';
  let last = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(last, start) + text;
    last = end;
  }
  return out + code.slice(last);
}

/** Rewrites the tagged templates of one module's source. */
export function minifyTemplates(code, where = 'a module') {
  return applyEdits(code, templateEdits(code, where));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A number as a source map's base64 VLQ. */
function vlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let text = '';
  do {
    let digit = value & 31;
    value >>>= 5;
    if (value) digit |= 32;
    text += BASE64[digit];
  } while (value);
  return text;
}

/**
 * The source map of `edits` applied to `code`: code copied as it was maps character for
 * character where a token starts (so lines and columns stay right), an edited part to where it
 * started.
 */
function editsMap(code, edits, source) {
  const lines = [[]];
  let line = 0; // where we are in the output
  let column = 0;
  let fromLine = 0; // and in the source
  let fromColumn = 0;
  const mark = () => lines[line].push([column, fromLine, fromColumn]);
  const word = /[\w$]/;
  let next = 0; // the next edit
  for (let i = 0; i < code.length;) {
    const edit = edits[next];
    if (edit && edit[0] === i) {
      mark();
      for (const c of edit[2]) {
        if (c === '\n') {
          lines[++line] = [];
          column = 0;
        } else column++;
      }
      for (; i < edit[1]; i++) {
        if (code[i] === '\n') {
          fromLine++;
          fromColumn = 0;
        } else fromColumn++;
      }
      // What follows starts afresh (an expression, the closing backtick).
      if (i < code.length && code[i] !== '\n') mark();
      next++;
      continue;
    }
    const c = code[i];
    if (c === '\n') {
      lines[++line] = [];
      column = 0;
      fromLine++;
      fromColumn = 0;
    } else {
      if (column === 0 || !word.test(c) || !word.test(code[i - 1])) mark();
      column++;
      fromColumn++;
    }
    i++;
  }
  // Segments: each line's columns relative to its previous; the source fields relative overall.
  let previousLine = 0;
  let previousColumn = 0;
  const mappings = lines
    .map((segments) => {
      let previous = 0;
      return segments
        .filter(([at], n) => n === segments.length - 1 || segments[n + 1][0] !== at)
        .map(([at, toLine, toColumn]) => {
          const text =
            vlq(at - previous) + 'A' + vlq(toLine - previousLine) + vlq(toColumn - previousColumn);
          previous = at;
          previousLine = toLine;
          previousColumn = toColumn;
          return text;
        })
        .join(',');
    })
    .join(';');
  return { version: 3, sources: [source], names: [], mappings };
}

/** The plugin, for the kit's own TypeScript modules (src/). */
export function minifyTemplatesPlugin() {
  return {
    name: 'ph-minify-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(?:html|svg|css)`/.test(code)) return null;
      const edits = templateEdits(code, id);
      if (edits.length === 0) return null;
      return { code: applyEdits(code, edits), map: editsMap(code, edits, id) };
    },
  };
}
