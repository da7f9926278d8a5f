/** Checks the profile read and its changes. */
import { ProfileSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({
  getProfile: ProfileSchema,
  updateProfile: ProfileSchema,
  uploadLogo: ProfileSchema,
});
