/**
 * `partner-hub-elements/testing`: the adapter conformance suite. A host runs it against its own
 * adapter, in its own test runner, to learn whether the elements will work on top of it:
 * every read parses through the schemas, errors carry the right codes (with field errors),
 * idempotency keys hold (same key, one charge; same key with another body, `conflict`), members
 * are refused owner-only changes, cursors page through every row exactly once, aborts reject
 * with `aborted`, and each optional method is either absent or working.
 *
 * ```ts
 * import { runAdapterConformance } from 'partner-hub-elements/testing';
 *
 * runAdapterConformance({
 *   name: 'my hub adapter',
 *   create: async () => ({ adapter: createMyAdapter(testBackend) }),
 *   describe, // mocha, jest, vitest or node:test
 *   it,
 * });
 * ```
 *
 * Run it against a test backend: the checks top up credit, invite and remove users and may
 * cancel the plan. The adapter should act as an owner of a partner-paid account with a working
 * default card; `asMember` (the same account, acting as a member) enables the role checks.
 * Declare what differs in `target` (`{ billingMode: 'client_paid', member: false, without:
 * ['cancelPlan'] }`): the checks that cannot apply are replaced by "not applicable" checks
 * that assert the reason, so every registered check asserts something.
 * Assertions are built in (no test library needed): a failure throws an `AssertionError`.
 */
import { CHECKS, notApplicable, unmetNeed, type Check, type Need } from './checks.js';
import { CheckContext, type ConformanceTarget, type TargetProfile } from './context.js';

export type { Check, ConformanceTarget, Need, TargetProfile };
export { CHECKS };
export { ConformanceError } from './assert.js';

/** A `describe` of mocha, jest, vitest or node:test. */
export type DescribeFn = (name: string, body: () => void) => unknown;
/** An `it` (or `test`) that awaits the promise the body returns. */
export type ItFn = (name: string, body: () => Promise<void>) => unknown;

export interface ConformanceOptions {
  /** Shown as the outer `describe`. */
  name: string;
  /**
   * A fresh target for each check (each check calls it once and then `cleanup`). Hand out a
   * new adapter over a fresh backend, or one backend the checks share: they use fresh keys and
   * names, and none relies on what another did.
   */
  create: () => Promise<ConformanceTarget>;
  describe: DescribeFn;
  it: ItFn;
  /**
   * What the target is: a client-paid account, no member adapter, optional methods left out.
   * The checks that need what it lacks are not registered; in their place one "not
   * applicable" check per reason asserts that the reason holds (a client-paid account refuses
   * a top-up as `unavailable`, a method left out is absent). Default: a partner-paid account,
   * with `asMember`, offering every optional method; a target that differs fails the checks.
   */
  target?: TargetProfile;
  /** Checks to leave out, by `id` (`'capabilities › cancelPlan: cancels when …'`) or by group. */
  skip?: readonly string[];
}

/** Registers the conformance checks with the given `describe` and `it`. */
export function runAdapterConformance(options: ConformanceOptions): void {
  const { describe, it, create } = options;
  const profile = options.target ?? {};
  const skip = new Set(options.skip ?? []);
  const groups = new Map<string, Check[]>();
  const replaced = new Map<Need, Check[]>();
  for (const check of CHECKS) {
    if (skip.has(check.id) || skip.has(check.group)) continue;
    const need = unmetNeed(check, profile);
    if (need) replaced.set(need, [...(replaced.get(need) ?? []), check]);
    else groups.set(check.group, [...(groups.get(check.group) ?? []), check]);
  }
  const standIns = [...replaced].map(([need, checks]) => notApplicable(need, checks));
  if (standIns.length > 0) groups.set('not applicable', standIns);
  describe(`${options.name}: adapter conformance`, () => {
    for (const [group, checks] of groups) {
      describe(group, () => {
        for (const check of checks) {
          it(check.name, async () => {
            const target = await create();
            try {
              await check.run(new CheckContext(target, profile));
            } finally {
              await target.cleanup?.();
            }
          });
        }
      });
    }
  });
}
