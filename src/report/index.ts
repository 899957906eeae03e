import { UsageError } from '../cli/inputs';
import type { Reporter } from './types';

/** Formats of the design contract; modules load lazily so start-up reads only the one used. */
const REPORTERS: Record<string, () => Reporter> = {
  stylish: () => require('./stylish').stylish as Reporter,
  compact: () => require('./compact').compact as Reporter,
  json: () => require('./json').json as Reporter,
};

/** Named in the design contract but shipped by a later version. */
const PLANNED = ['sarif', 'junit', 'github', 'markdown'];

export const FORMAT_NAMES = Object.keys(REPORTERS);

export function getReporter(name: string): Reporter {
  const load = REPORTERS[name];
  if (load) return load();
  if (PLANNED.includes(name)) {
    throw new UsageError(`Format '${name}' is not available in this version (available: ${FORMAT_NAMES.join(', ')}).`);
  }
  throw new UsageError(`Unknown format '${name}' (available: ${FORMAT_NAMES.join(', ')}).`);
}
