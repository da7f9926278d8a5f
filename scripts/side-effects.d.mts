/** A "sideEffects" glob (`*` within a folder, `**` across folders) as a regular expression. */
export function globToRegExp(glob: string): RegExp;

/** Whether the dist/ module at `file` (relative to dist/, `/`-separated) has side effects. */
export function hasSideEffects(file: string): boolean;
