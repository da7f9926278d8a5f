/**
 * Every element the kit registers, for the checks that walk them all (display settings, the
 * update cycle): the list comes from the Custom Elements Manifest, so a new element is covered
 * without editing a test. Import the elements (`src/index.js`) before calling `kitTags()`.
 */
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

interface Manifest {
  modules: { declarations?: { tagName?: string; name: string }[] }[];
}

/** The tags of every registered element but the provider, sorted. */
export async function kitTags(): Promise<string[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName ?? ''));
  return [...new Set(tags)]
    .filter((tag) => tag.startsWith('ph-') && tag !== 'ph-provider' && customElements.get(tag))
    .sort();
}

/** The element as a host writes it: a form control gets the label a host must give it. */
export function asAHostWritesIt(tag: string): TemplateResult {
  const t = unsafeStatic(tag);
  const control = (customElements.get(tag) as unknown as { formAssociated?: boolean })
    .formAssociated;
  return control ? staticHtml`<${t} label="Amount"></${t}>` : staticHtml`<${t}></${t}>`;
}
