import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
// The build plugin's transform (scripts/minify-templates.mjs), run on sources like the kit's.
import {
  minifyCss,
  minifyTemplates,
  minifyTemplatesPlugin,
} from '../../scripts/minify-templates.mjs';
import * as kit from '../../src/index.js';

const source = `import { css, html } from 'lit';
const styles = css\`
  /* A comment. */
  .card {
    padding: 1rem;
  }
  .card :is(h2, p) > span {
    margin: calc(var(--_space) * 2) 0 !important;
  }
\`;
const page = (name: string) => css\`
  .layout {
    gap: var(\${name}-gap, 1.25rem);
  }
\`;
export const view = (name: string, items: string[]) => html\`<section class="card">
    <h2>
      Hello, \${name}!
    </h2>
    <p title="one
        two">Some   words
      and more.</p>
    <ul>
      \${items.map((item) => html\`<li>
          \${item}
        </li>\`)}
    </ul>
  </section>\`;
const message = \`keep
    this\`;
/** Not templates of Lit's: \`.svg\` files, html\`, 'css\`'. */
const pattern = /html\`  +/;
const text = 'css\`  \\n  ';
export function area(width: number, height: number) {
  return width * height;
}
`;

/** A source map's mappings, one list per generated line of [column, source line, source column]. */
function decodeMappings(mappings: string): [number, number, number][][] {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let sourceLine = 0;
  let sourceColumn = 0;
  return mappings.split(';').map((line) => {
    let column = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = digits.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        column += values[0]!;
        sourceLine += values[2]!;
        sourceColumn += values[3]!;
        return [column, sourceLine, sourceColumn];
      });
  });
}

/** What a person sees of some HTML: its rendered text. */
function seen(markup: string): string {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const text = host.innerText;
  host.remove();
  return text;
}

describe('minifyTemplates (the build plugin)', () => {
  const out = minifyTemplates(source);

  it('minifies css templates and takes the indentation out of html ones, and nothing else', () => {
    expect(out.length).to.be.lessThan(source.length);
    expect(out).to.contain(
      'css`.card{padding:1rem}.card :is(h2,p)>span{margin:calc(var(--_space) * 2) 0!important}`',
    );
    expect(out).to.contain('css`.layout{gap:var(${name}-gap,1.25rem)}`');
    expect(out).to.contain('<section class="card">\n<h2>\nHello, ${name}!\n</h2>');
    // Expressions are kept as written but for their own templates; other literals are left alone.
    expect(out).to.contain('${items.map((item) => html`<li>\n${item}\n</li>`)}');
    expect(out).to.contain('const message = `keep\n    this`;');
    // Strings, comments and regular expressions that merely look like templates are code.
    expect(out).to.contain(source.slice(source.indexOf('/** Not templates')));
  });

  it('keeps the lines of html templates (what they render reads a line break as a space)', () => {
    const lines = (code: string) => code.slice(code.indexOf('html`')).split('\n').length;
    expect(lines(out)).to.equal(lines(source));
  });

  it("maps what it leaves in place to where it was, line and column (the module's source map)", () => {
    type Transform = (
      code: string,
      id: string,
    ) => {
      code: string;
      map: { mappings: string; sources: string[] };
    };
    const result = (minifyTemplatesPlugin().transform as Transform)(source, '/kit/src/view.ts');
    expect(result.code).to.equal(out);
    expect(result.map.sources).to.deep.equal(['/kit/src/view.ts']);
    const mapped = decodeMappings(result.map.mappings);
    const position = (code: string, index: number) => {
      const before = code.slice(0, index).split('\n');
      return [before.length - 1, before.at(-1)!.length] as const;
    };
    let checked = 0;
    for (const word of ['page', 'export', 'view', 'items', 'map', 'message', 'area', 'width']) {
      const [line, column] = position(out, out.indexOf(word));
      // A segment where the word starts (a bundler composing maps reads no further than that).
      const segment = mapped[line]!.find(([at]) => at === column);
      const [fromLine, fromColumn] = position(source, source.indexOf(word));
      expect(segment?.slice(1), word).to.deep.equal([fromLine, fromColumn]);
      checked++;
    }
    expect(checked).to.equal(8);
  });

  it('changes nothing a person sees', () => {
    const statics = (code: string) => code.slice(code.indexOf('html`') + 5, code.indexOf('<ul>'));
    expect(seen(statics(out))).to.equal(seen(statics(source)));
    expect(seen(statics(out))).to.contain('Some words and more.');
  });

  it('refuses a template with preformatted text rather than change it', () => {
    expect(() => minifyTemplates('css`/* ${a} */`', 'x.ts')).to.throw(/x\.ts/);
    expect(() => minifyTemplates('html`<pre>\n  a\n</pre>`', 'x.ts')).to.throw(/x\.ts/);
    expect(() => minifyTemplates('css`p {\n  white-space: pre-wrap;\n}`')).to.throw();
  });
});

/**
 * How Chromium reads a style sheet: its rules as the CSSOM serializes them (inside `@media`,
 * `@supports` and `@container` blocks too). Declarations with a
 * `var()` (and custom properties) and `@supports` conditions are kept as written (token lists), so
 * spaces around `,` `:` `(` `)` show there though they mean nothing: those are left out.
 */
function read(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const tokens = (text: string) =>
    text
      .replace(/\s+/g, ' ')
      .replace(/ ?([,:()]) ?/g, '$1')
      .trim();
  const rules = (list: CSSRuleList): string[] =>
    [...list].map((rule) => {
      if (rule instanceof CSSStyleRule) {
        const declarations = rule.style.cssText;
        const kept = /var\(|--/.test(declarations) ? tokens(declarations) : declarations;
        return `${rule.selectorText} { ${kept} ${rules(rule.cssRules).join(' ')} }`;
      }
      if (rule instanceof CSSSupportsRule) {
        return `@supports ${tokens(rule.conditionText)} { ${rules(rule.cssRules).join(' ')} }`;
      }
      if (rule instanceof CSSMediaRule) {
        return `@media ${rule.conditionText} { ${rules(rule.cssRules).join(' ')} }`;
      }
      if (rule instanceof CSSContainerRule) {
        return `@container ${rule.conditionText} { ${rules(rule.cssRules).join(' ')} }`;
      }
      return rule.cssText;
    });
  return rules(sheet.cssRules);
}

describe('minifyCss (the build plugin, on css templates)', () => {
  const tricky = `
    /* comments, with a line break
       inside */
    :host([hidden]) { display: none; }
    :host(:focus-within) ::slotted(*) , .a   .b:hover > .c ~ .d + .e { color : red ; }
    .a :is(.b, .c)[data-x='a  b;}'] ::part(label) { margin : calc( 1px + 2px ) calc(100% - 2rem) ; }
    .f::before { content: "\\2014  a"; background: url(data:image/png;base64,AAAA) no-repeat; }
    input:state(user-invalid) , :focus-visible { outline: 2px solid Highlight !important ; }
    @media (forced-colors: active) and (min-width: 40rem) {
      .g { forced-color-adjust: none; }
    }
    @supports not (display: grid) { .h { float: left } }
    @container (48rem < width <= 72rem) { .k { grid-template-columns: minmax(0, 1fr) var(--x, ) ; } }
    .i { font: 600 1rem/1.5 system-ui, sans-serif; transition: opacity 0.2s ease-in-out; }
    .j{}
  `;

  it('changes no rule Chromium reads', () => {
    const minified = minifyCss([tricky]).join('');
    expect(minified.length).to.be.lessThan(tricky.length * 0.8);
    expect(read(minified)).to.deep.equal(read(tricky));
    expect(read(minified)).to.have.length(10);
  });

  it('changes no rule of any element of the kit', () => {
    let sheets = 0;
    for (const element of Object.values(kit)) {
      const styles = (element as { elementStyles?: (CSSResult | CSSStyleSheet)[] }).elementStyles;
      if (typeof element !== 'function' || !styles) continue;
      for (const style of styles) {
        if (!('cssText' in style)) continue;
        const minified = minifyCss([style.cssText]).join('');
        expect(read(minified), element.name).to.deep.equal(read(style.cssText));
        sheets++;
      }
    }
    expect(sheets).to.be.greaterThan(20);
  });

  it('keeps the expressions between the parts where they were', () => {
    const parts = ['\n  .a {\n    gap: var(', '-gap, 1rem);\n  }\n'];
    expect(minifyCss(parts)).to.deep.equal(['.a{gap:var(', '-gap,1rem)}']);
  });
});
