/**
 * The portal's hash routes: `#overview`, `#accounts`, `#billing`, `#users`, `#settings` and
 * `#hub` (the whole hub in one tag; `#hub/<tab>` names its tab) are the Partner Hub sections of
 * the side navigation; the product areas of the top navigation (`#inbox`…) belong
 * to the host and show a "not part of this demo" page.
 */
const HUB_PAGES = ['overview', 'accounts', 'billing', 'users', 'settings', 'hub'] as const;

/** The page part of a route: `hub/billing` is the `hub` page. */
function pageOf(hash: string): string {
  const route = hash.replace(/^#/, '').split('/')[0] || 'overview';
  return (HUB_PAGES as readonly string[]).includes(route) ? route : 'other';
}

/** Shows the page of the current hash and keeps the navigation's `aria-current` in step. */
export function startRouter(main: HTMLElement): void {
  let first = true;

  const show = () => {
    const route = location.hash.replace(/^#/, '').split('/')[0] || 'overview';
    const page = pageOf(route);
    let heading: HTMLElement | null = null;
    for (const section of document.querySelectorAll<HTMLElement>('[data-page]')) {
      const visible = section.dataset['page'] === page;
      section.hidden = !visible;
      if (visible) heading = section.querySelector('h1');
    }
    const hub = page !== 'other';
    for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
      const current = link.dataset['route'] === route || (hub && link.dataset['area'] === 'hub');
      if (current) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    document.title = `${heading?.textContent?.trim() ?? 'Partner Hub'} · Acme Messaging`;
    // After a navigation (not on load), move focus to the new page's heading for screen readers.
    if (!first && heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    first = false;
  };

  // The skip link jumps to <main> without becoming a route.
  document.querySelector('.skip-link')?.addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });

  window.addEventListener('hashchange', show);
  show();
}
