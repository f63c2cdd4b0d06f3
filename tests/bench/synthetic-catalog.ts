import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes a synthetic catalog of `total` entries into `dir` (content/-shaped): services of 50 to
 * 2,000 entries, each entry with full frontmatter, prose in the four sections and an example
 * response, so decodes at scale do the same work per entry as the real catalog. The services name
 * no `handling` family, so their entry pages have no "Handle it in code" snippets: a synthetic
 * page renders in about 8 ms, a real one with eight highlighted snippets in about 97 ms, and a
 * build of a real catalog of this size would be slower than the bench's.
 */

const STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 503];
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
const SERVICE_SIZES = [2000, 1500, 1000, 800, 600, 500, 400, 300, 250, 200, 150, 100, 80, 60, 50];

const PROSE = (code: string) =>
  `The service refused the request and reported ${code}. The request reached the API, passed ` +
  'routing and was read far enough for the API to name a precise cause, so the fix is in what was ' +
  'sent rather than in the network or the service.';

/** Splits `total` into service sizes between 50 and 2,000 that add up to it. */
export function serviceSizes(total: number): number[] {
  const sizes: number[] = [];
  let left = total;
  for (let i = 0; left > 0; i++) {
    const size = Math.min(left, SERVICE_SIZES[i % SERVICE_SIZES.length]!);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export function writeSyntheticCatalog(dir: string, total: number): void {
  serviceSizes(total).forEach((size, s) => {
    const id = `synthetic-${String(s + 1).padStart(3, '0')}`;
    mkdirSync(join(dir, 'services'), { recursive: true });
    mkdirSync(join(dir, 'errors', id), { recursive: true });
    writeFileSync(
      join(dir, 'services', `${id}.md`),
      `---\nname: Synthetic API ${s + 1}\nvendor: Example Corp\ndocs: https://docs.example.com/${id}\n` +
        `summary: A generated API that exercises the build at scale.\nhosts:\n  - host: api${s + 1}.example.com\n` +
        'envelope: odata\n---\n\nErrors come as an OData-style body:\n\n```json\n{"error": {"code": "X", "message": "Y"}}\n```\n',
    );
    for (let e = 0; e < size; e++) {
      const status = STATUSES[e % STATUSES.length]!;
      const code = `SyntheticError${s + 1}x${e + 1}`;
      writeFileSync(
        join(dir, 'errors', id, `error-${e + 1}.md`),
        `---\nservice: ${id}\nstatus: ${status}\ncode: ${code}\ntitle: Synthetic error ${e + 1}\n` +
          `summary: The request was refused with ${code}; this sentence stands in for a real summary.\n` +
          `message: Resource {resource} was refused with ${code}.\nretryable: ${status >= 429}\n` +
          'retryAdvice: Fix the request first; retry only server errors, with exponential backoff.\n' +
          `examples:\n  - |\n    HTTP/1.1 ${status} ${REASONS[status]}\n    Content-Type: application/json\n    x-ms-request-id: 00000000-0000-0000-0000-${String(e).padStart(12, '0')}\n\n` +
          `    {"error": {"code": "${code}", "message": "Resource 42 was refused with ${code}."}}\n` +
          `source: https://docs.example.com/${id}\n---\n\n## What it means\n\n${PROSE(code)}\n\n` +
          `## Why it happens\n\n- ${PROSE(code)}\n- A value was missing.\n\n## How to fix it\n\n1. Read the message.\n2. ${PROSE(code)}\n\n` +
          '## Related\n\nOther errors of this service.\n',
      );
    }
  });
}

/** The baseline: a bare Starlight docs folder with `total` plain Markdown pages of similar length. */
export function writeBaselineDocs(dir: string, total: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.md'), '---\ntitle: Baseline\n---\n\nA bare Starlight site.\n');
  for (let i = 0; i < total; i++) {
    const code = `SyntheticError${i + 1}`;
    writeFileSync(
      join(dir, `page-${i + 1}.md`),
      `---\ntitle: ${code}\ndescription: The request was refused with ${code}.\n---\n\n` +
        '```http\nHTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n' +
        `{"error": {"code": "${code}", "message": "Resource 42 was refused."}}\n\`\`\`\n\n` +
        `## What it means\n\n${PROSE(code)}\n\n## Why it happens\n\n- ${PROSE(code)}\n\n## How to fix it\n\n1. ${PROSE(code)}\n\n## Related\n\nOther errors.\n`,
    );
  }
}
