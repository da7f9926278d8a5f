/** Checks the balances read (and the balances live events carry). */
import { BalancesSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ getBalances: BalancesSchema });
