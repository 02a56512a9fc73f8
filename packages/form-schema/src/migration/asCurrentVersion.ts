import { checkLimits } from '../validation/limits';
import { migrateDocument } from './migrateDocument';

/**
 * The document in the current shape when it can be migrated, else as it is. For read-only
 * views (progress, export) that should show an old stored handover correctly but must never
 * fail on one they cannot migrate.
 */
export function asCurrentVersion(doc: unknown): unknown {
  if (checkLimits(doc)) return doc;
  try {
    return migrateDocument(doc);
  } catch {
    return doc;
  }
}
