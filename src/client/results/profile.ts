/** Checks the profile read and its changes. */
import { ProfileSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  getProfile: ProfileSchema,
  updateProfile: ProfileSchema,
  uploadLogo: ProfileSchema,
});

registerChangeEffects({
  // The hub's answer is the saved profile: shown at once, then read again.
  updateProfile: {
    invalidates: ['profile'],
    apply: (saved, update) => update('profile', () => saved),
  },
  uploadLogo: {
    invalidates: ['profile'],
    apply: (saved, update) => update('profile', () => saved),
  },
});
