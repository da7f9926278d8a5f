import type { Plugin } from 'vite';

/** Rewrites the tagged templates (html, svg, css) of one module's source. */
export function minifyTemplates(code: string, where?: string): string;

/**
 * A css template's static parts (as written) minified; one part per part given, so the
 * expressions between them stay where they were.
 */
export function minifyCss(statics: string[], where?: string): string[];

/** The build plugin, for the kit's own TypeScript modules (src/). */
export function minifyTemplatesPlugin(): Plugin;
