import { parse as parseYaml } from 'yaml';

/**
 * Parses a document file's text: JSON for `.json`, YAML for `.yaml`/`.yml`, and for any other
 * name JSON first, then YAML (JSON is also YAML, but JSON's errors are clearer).
 */
export function parseDocumentText(fileName: string, text: string): unknown {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return JSON.parse(text);
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) {
    // Few aliases keep a "billion laughs" file from expanding.
    return parseYaml(text, { maxAliasCount: 50 });
  }
  try {
    return JSON.parse(text);
  } catch {
    return parseYaml(text, { maxAliasCount: 50 });
  }
}
