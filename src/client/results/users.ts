/** Checks the users read and the users' changes (revoking and removing answer nothing). */
import { InviteUserResultSchema, UserListSchema, UserSchema } from '../../adapter/schemas.js';
import { registerChangeEffects, registerResultSchemas } from '../results.js';

registerResultSchemas({
  listUsers: UserListSchema,
  inviteUser: InviteUserResultSchema,
  resendInvitation: UserSchema,
  revokeInvitation: null,
  updateUserRole: UserSchema,
  removeUser: null,
});

registerChangeEffects({
  inviteUser: { invalidates: ['users'] },
  updateUserRole: { invalidates: ['users', 'session'] },
  removeUser: { invalidates: ['users'] },
  resendInvitation: { invalidates: ['users'] },
  revokeInvitation: { invalidates: ['users'] },
});
