/**
 * Property tests are deterministic in `npm test`: one fixed seed, so CI never passes or fails by
 * chance. `npm run fuzz` sets FC_SEED (and FC_RUNS) to explore; a seed it finds becomes a test.
 */
import fc from "fast-check";

const seed = Number(process.env.FC_SEED ?? 20261201);
const numRuns = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : undefined;
fc.configureGlobal({ seed, ...(numRuns ? { numRuns } : {}) });
