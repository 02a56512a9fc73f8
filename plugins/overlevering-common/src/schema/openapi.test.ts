import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { spec } from './openapi.generated';

describe('openapi.yaml', () => {
  it('is the document the router validates against', () => {
    const yaml = parse(
      fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
    );
    // If this fails, run `node scripts/generate-openapi.js` in
    // plugins/overlevering-common.
    expect(JSON.parse(JSON.stringify(spec))).toEqual(yaml);
  });

  it('describes every route of the contract', () => {
    expect(
      Object.entries(spec.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map(m => `${m.toUpperCase()} ${p}`),
      ),
    ).toEqual([
      'GET /health',
      'GET /form',
      'GET /handovers',
      'POST /handovers',
      'GET /handovers/{id}',
      'DELETE /handovers/{id}',
      'PUT /handovers/{id}/owner',
      'PUT /handovers/{id}/document',
      'POST /handovers/{id}/submit',
      'POST /handovers/{id}/withdraw',
      'POST /handovers/{id}/discard',
      'POST /handovers/{id}/rounds/{number}/decisions',
      'POST /handovers/{id}/conditions/{conditionId}/close',
      'POST /handovers/{id}/follow-up/confirm',
      'POST /handovers/{id}/follow-up/hand-over',
      'POST /handovers/{id}/follow-up/extend',
      'GET /handovers/{id}/rounds/{number}/snapshot',
      'GET /handovers/{id}/history',
      'GET /handovers/{id}/audit',
      'GET /handovers/{id}/export',
      'GET /services/{namespace}/{kind}/{name}/operations-info',
      'GET /services/{namespace}/{kind}/{name}/operations-info.md',
      'GET /approvals',
      'GET /approvals/count',
      'GET /absences/mine',
      'POST /absences',
      'POST /absences/{id}/end',
      'GET /search/documents',
      'GET /me/draft-key',
      'POST /import',
      'GET /outbox/parked',
      'POST /outbox/parked/{id}/retry',
    ]);
  });
});
