/** Checks the auto-renewal read and its change. */
import { AutoRenewalSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';
import './auto-renewal-read.js';

registerResultSchemas({ updateAutoRenewal: AutoRenewalSchema });

registerChangeEffects({
  updateAutoRenewal: {
    invalidates: ['autoRenewal', 'balances'],
    // The saved settings are shown at once, keeping the recommendation the list came with.
    apply: (updated, update) =>
      update('autoRenewal', (list) =>
        list.map((s) =>
          s.currency === updated.currency ? { ...updated, recommendation: s.recommendation } : s,
        ),
      ),
  },
});
