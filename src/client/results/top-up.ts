/** Checks a top-up and its fee quote. */
import { TopUpQuoteSchema, TopUpResultSchema } from '../../adapter/schemas.js';
import { registerResultSchemas } from '../results.js';

registerResultSchemas({ topUp: TopUpResultSchema, quoteTopUp: TopUpQuoteSchema });
