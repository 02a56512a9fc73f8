import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Response } from 'supertest';
import { spec } from '@hemit/plugin-overlevering-common';

const API_PREFIX = '/api/overlevering';

/** Rewrites local refs so they resolve against the document added as `openapi`. */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(rewriteRefs);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' ? `openapi${v}` : rewriteRefs(v),
      ]),
    );
  }
  return value;
}

const document = rewriteRefs(JSON.parse(JSON.stringify(spec))) as any;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi', components: document.components });

function templateMatches(template: string, path: string): boolean {
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return pattern.test(path);
}

/** The request behind a supertest response (typed away by @types/supertest). */
export function requestOf(res: Response): { method: string; path: string } {
  return (res as unknown as { req: { method: string; path: string } }).req;
}

/**
 * Checks that a response is one the OpenAPI document describes: the route
 * and method exist, and the body matches the schema of its status (or the
 * default error response). Throws with the reasons otherwise.
 */
export function expectMatchesSpec(res: Response): void {
  const req = requestOf(res);
  const method = req.method.toLowerCase();
  const url = new URL(req.path, 'http://localhost');
  const path = url.pathname.slice(API_PREFIX.length);
  const template = Object.keys(document.paths).find(t =>
    templateMatches(t, path),
  );
  if (!template) {
    throw new Error(`${method} ${path} is not in the OpenAPI document`);
  }
  const operation = document.paths[template][method];
  if (!operation) {
    throw new Error(`${method} ${template} is not in the OpenAPI document`);
  }
  const response =
    operation.responses[String(res.status)] ?? operation.responses.default;
  if (!response) {
    throw new Error(`${method} ${template} does not describe ${res.status}`);
  }
  const content = response.$ref
    ? document.components.responses[response.$ref.split('/').pop()].content
    : response.content;
  if (!content) {
    // A response without content, such as 204: there must be no body.
    if (res.text) {
      throw new Error(`${method} ${template} ${res.status} must have no body`);
    }
    return;
  }
  const contentType = String(res.headers['content-type'] ?? '').split(';')[0];
  const media = content[contentType];
  if (!media) {
    throw new Error(
      `${method} ${template} ${res.status} does not describe ${contentType}`,
    );
  }
  const body = contentType === 'application/json' ? res.body : res.text;
  const validate = ajv.compile(media.schema);
  if (!validate(body)) {
    throw new Error(
      `${method} ${template} ${
        res.status
      } breaks the OpenAPI document: ${ajv.errorsText(validate.errors)}`,
    );
  }
}
