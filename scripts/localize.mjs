// `npm run localize`: refreshes the translation catalogues after strings change.
//
//   1. `lit-localize extract`: adds new `msg()` strings to src/i18n/xliff/<locale>.xlf, drops
//      removed ones, keeps every existing <target>.
//   2. Checks that every trans-unit has a non-empty <target> in every locale; lists the missing
//      ones (locale, id, English source) and exits 1 before building.
//   3. `lit-localize build`: writes the runtime modules src/i18n/locales/<locale>.ts and
//      src/i18n/locale-codes.ts.
//   4. Repairs the modules (see unescapeTextTemplates), points their `str` at the kit's own
//      runtime (src/i18n/msg.ts) and formats them with Prettier.
//   5. Writes src/i18n/messages.ts: the `MessageId` union and `KitMessages` (each id with its
//      English source), the types of a host's text overrides, and the list of ids.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));

/** Runs the lit-localize CLI with this project's config; exits with its code when it fails. */
function litLocalize(command) {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@lit/localize-tools/package.json');
  const { bin } = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const cli = join(dirname(pkgPath), typeof bin === 'string' ? bin : bin['lit-localize']);
  const result = spawnSync(process.execPath, [cli, command, '--config', 'lit-localize.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`lit-localize ${command} failed.`);
    process.exit(result.status ?? 1);
  }
}

const decodeXml = (text) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, name) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name],
  );

/** A source or target as a person reads it: placeholders shown as their `${…}` expression. */
const readable = (xml) =>
  decodeXml(xml.replace(/<x\b[^>]*\bequiv-text="([^"]*)"[^>]*\/>/g, (_, equiv) => equiv)).replace(
    /\s+/g,
    ' ',
  );

/** The trans-units of one xliff file, as lit-localize writes them. */
function readUnits(xml) {
  const units = [];
  for (const [, attrs, body] of xml.matchAll(/<trans-unit\b([^>]*)>([\s\S]*?)<\/trans-unit>/g)) {
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(body)?.[1];
    units.push({ id, source, target });
  }
  return units;
}

/** Every unit without a translation, in every target locale. */
function missingTranslations() {
  const missing = [];
  for (const locale of config.targetLocales) {
    const file = join(root, config.interchange.xliffDir, `${locale}.xlf`);
    for (const unit of readUnits(readFileSync(file, 'utf8'))) {
      if (unit.target === undefined || unit.target.trim() === '') missing.push({ locale, ...unit });
    }
  }
  return missing;
}

/**
 * lit-localize 0.8 HTML-escapes `<`, `>` and `&` in every translated template
 * (lit/lit#3025), but only `html` templates are parsed as HTML: a plain or `str` message is
 * set as text, so "<ph-provider>" would show as "&lt;ph-provider&gt;". Decode those back.
 */
function unescapeTextTemplates(source) {
  return source.replace(/(:\s*)(html|str)?`((?:\\[\s\S]|[^`\\])*)`/g, (whole, colon, tag, body) =>
    tag === 'html'
      ? whole
      : `${colon}${tag ?? ''}\`${body.replace(
          /&(lt|gt|amp);/g,
          (_, name) => ({ lt: '<', gt: '>', amp: '&' })[name],
        )}\``,
  );
}

async function format(file, transform = (s) => s) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = transform(readFileSync(file, 'utf8'));
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

litLocalize('extract');

const missing = missingTranslations();
if (missing.length > 0) {
  console.error(`\n${missing.length} missing translation(s):`);
  for (const { locale, id, source } of missing) {
    console.error(`  ${locale.padEnd(6)} ${id}  ${readable(source)}`);
  }
  console.error(
    `\nAdd a <target> for each in ${config.interchange.xliffDir}<locale>.xlf, then run this again.`,
  );
  // `--allow-missing` builds anyway (the English source stands in), e.g. to finish a merge
  // while another change still owes its translations; the locale tests still fail on them.
  if (!process.argv.includes('--allow-missing')) process.exit(1);
} else {
  console.log('Every string is translated in ' + config.targetLocales.join(', ') + '.');
}

/** The kit resolves messages itself (src/i18n/msg.ts): the modules take `str` from there. */
const ownRuntime = (source) => source.replace(/from ['"]@lit\/localize['"]/, "from '../msg.js'");

/** A source as a host writes an override: each placeholder as `{index}`. */
const overrideText = (xml) =>
  decodeXml(xml.replace(/<x\b[^>]*\bid="(\d+)"[^>]*\/>/g, (_, index) => `{${index}}`));

/** src/i18n/messages.ts: every message id with its English source, for typed overrides. */
async function writeMessageIds() {
  const file = join(root, 'src/i18n/messages.ts');
  const first = config.targetLocales[0];
  const units = readUnits(
    readFileSync(join(root, config.interchange.xliffDir, `${first}.xlf`), 'utf8'),
  ).sort((a, b) => (a.id < b.id ? -1 : 1));
  const comment = (text) => text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ');
  const lines = [
    '// Do not modify this file by hand! `npm run localize` writes it from the XLIFF files.',
    '',
    '/**',
    ' * Every message of the kit by id, with its English source (`{0}`, `{1}`… are its values).',
    " * A host's text overrides (`<ph-provider .texts=…>`) are keyed by these ids.",
    ' */',
    'export interface KitMessages {',
    ...units.flatMap((u) => [`  /** ${comment(overrideText(u.source))} */`, `  ${u.id}: string;`]),
    '}',
    '',
    "/** The id of one of the kit's messages (see `KitMessages` for its English source). */",
    'export type MessageId = keyof KitMessages;',
    '',
    "/** Every message id, to check a host's overrides against. */",
    `export const messageIds: readonly MessageId[] = ${JSON.stringify(units.map((u) => u.id))};`,
    '',
  ];
  writeFileSync(file, lines.join('\n'));
  await format(file);
}

litLocalize('build');
for (const locale of config.targetLocales) {
  await format(join(root, config.output.outputDir, `${locale}.ts`), (source) =>
    ownRuntime(unescapeTextTemplates(source)),
  );
}
await writeMessageIds();
await format(join(root, config.output.localeCodesModule));
console.log('Locale modules written to ' + config.output.outputDir + '.');
