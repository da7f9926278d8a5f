// Type-level check (run by `tsc --noEmit`): node-postgres's Pool is what the PostgreSQL stores
// take, without the stores importing `pg`.
import type { Pool } from 'pg';
import type { PgPool } from '../../src/server/stores/postgres.js';

export const poolFits = (pool: Pool): PgPool => pool;
