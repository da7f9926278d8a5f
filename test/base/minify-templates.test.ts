import { expect } from '@open-wc/testing';
// The build plugin's transform (scripts/minify-templates.mjs), run on sources like the kit's.
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const source = `import { css, html } from 'lit';
const styles = css\`
  .card {
    padding: 1rem;
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
`;

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

  it('takes the indentation out of html and css templates, and nothing else', () => {
    expect(out.length).to.be.lessThan(source.length);
    expect(out).to.contain('css`\n.card {\npadding: 1rem;\n}\n`');
    expect(out).to.contain('<section class="card">\n<h2>\nHello, ${name}!\n</h2>');
    // Expressions are kept as written but for their own templates; other literals are left alone.
    expect(out).to.contain('${items.map((item) => html`<li>\n${item}\n</li>`)}');
    expect(out).to.contain('const message = `keep\n    this`;');
  });

  it('keeps every line where it was (the source map stays right)', () => {
    expect(out.split('\n')).to.have.length(source.split('\n').length);
  });

  it('changes nothing a person sees', () => {
    const statics = (code: string) => code.slice(code.indexOf('html`') + 5, code.indexOf('<ul>'));
    expect(seen(statics(out))).to.equal(seen(statics(source)));
    expect(seen(statics(out))).to.contain('Some words and more.');
  });

  it('refuses a template with preformatted text rather than change it', () => {
    expect(() => minifyTemplates('html`<pre>\n  a\n</pre>`', 'x.ts')).to.throw(/x\.ts/);
    expect(() => minifyTemplates('css`p {\n  white-space: pre-wrap;\n}`')).to.throw();
  });
});
