/** Checks the profile read and its changes. */
import { ProfileSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  getProfile: ProfileSchema,
  updateProfile: ProfileSchema,
  uploadLogo: ProfileSchema,
});

registerChangeEffects({
  updateProfile: { invalidates: ['profile'] },
  uploadLogo: { invalidates: ['profile'] },
});
