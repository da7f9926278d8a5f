/** Checks the movements read. */
import { MovementListSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ listMovements: MovementListSchema });
