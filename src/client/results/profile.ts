/** Checks the profile read and its changes. */
import { ProfileSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas, savedAs } from '../results.js';

registerResultSchemas({
  getProfile: ProfileSchema,
  updateProfile: ProfileSchema,
  uploadLogo: ProfileSchema,
});

registerChangeEffects({ updateProfile: savedAs('profile'), uploadLogo: savedAs('profile') });
