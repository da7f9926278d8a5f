/** Checks the daily usage read. */
import { DailyUsageListSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ listDailyUsage: DailyUsageListSchema });
