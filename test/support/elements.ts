/**
 * Every element the kit registers, for the checks that walk them all (display settings, the
 * update cycle): the list comes from the Custom Elements Manifest, so a new element is covered
 * without editing a test. Import the elements (`src/index.js`) before calling `kitTags()`.
 */
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { PhDialog } from '../../src/widgets/dialog/dialog.js';
import type { PhPayInvoiceDialog } from '../../src/widgets/pay-invoice-dialog/pay-invoice-dialog.js';
import type { PhTopUpDialog } from '../../src/widgets/top-up-dialog/top-up-dialog.js';
import { until } from './conformance.js';

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

/**
 * The element as a host writes it: a form control gets the label a host must give it, the bare
 * dialog a title and words of its own.
 */
export function asAHostWritesIt(tag: string): TemplateResult {
  if (tag === 'ph-dialog') {
    return staticHtml`<ph-dialog label="Remove Jonas Weber from Acme Messaging GmbH?">
      <p>Jonas Weber will no longer be able to sign in to this partner account.</p>
    </ph-dialog>`;
  }
  const t = unsafeStatic(tag);
  const control = (customElements.get(tag) as unknown as { formAssociated?: boolean })
    .formAssociated;
  return control ? staticHtml`<${t} label="Amount"></${t}>` : staticHtml`<${t}></${t}>`;
}

/** A payment dialog's first step drawn: its cards, or why there are none to show. */
const firstStep = (el: HTMLElement) =>
  until(
    () => !!el.shadowRoot!.querySelector('input[name="method"], [data-state]'),
    'the cards, or the state instead',
  );

/** What a dialog needs to show what it is for: opened (on its cards, for the payments). */
const opens: Record<string, (el: HTMLElement) => Promise<unknown>> = {
  'ph-dialog': (el) => (el as PhDialog).show(),
  'ph-top-up-dialog': async (el) => {
    await (el as PhTopUpDialog).show();
    await firstStep(el);
  },
  'ph-pay-invoice-dialog': async (el) => {
    // The overdue plan fee of the seeded world (read as its owner: a member may not list them).
    const { items } = await createMemoryAdapter().listInvoices({ status: 'overdue' });
    await (el as PhPayInvoiceDialog).show(items[0]!);
    await firstStep(el);
  },
};

/** Opens `el` when it is a dialog (whose closed state shows nothing); else does nothing. */
export async function showIt(tag: string, el: HTMLElement): Promise<void> {
  await opens[tag]?.(el);
}
