/**
 * Metamorphic wrappers: each turns a response (status line, headers, body) into the form a person
 * would paste after a tool printed it. Every wrapper is one general fact about how tools print
 * responses, so an entry's example must decode to the same entry in every form.
 */

/** A response split into its parts. */
export interface ResponseParts {
  statusLine: string;
  status: number;
  headers: [string, string][];
  body: string;
}

/** Splits an entry example (`HTTP/1.1 403 Forbidden`, headers, blank line, body). */
export function splitResponse(example: string): ResponseParts {
  const text = example.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n\n');
  const head = cut === -1 ? text.trimEnd() : text.slice(0, cut);
  const body = cut === -1 ? '' : text.slice(cut + 2).trim();
  const [statusLine = '', ...lines] = head.split('\n');
  const headers = lines.map((line): [string, string] => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  });
  return { statusLine, status: Number(/ (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body };
}

const minified = (body: string) => {
  try {
    return JSON.stringify(JSON.parse(body));
  } catch {
    return body.replace(/\s*\n\s*/g, ' ');
  }
};

/** A form, and how to produce it from a response. */
export interface Wrapper {
  name: string;
  /** True when the form keeps the status (so a status-specific verdict must survive it). */
  keepsStatus: boolean;
  /** True when the form carries only the body (an empty body leaves nothing to carry). */
  bodyOnly?: boolean;
  wrap(parts: ResponseParts, original: string, request: { url: string }): string;
}

export const WRAPPERS: Wrapper[] = [
  {
    // Structured loggers write the body as a JSON string value inside the log record.
    name: 'escaped inside a structured log record',
    keepsStatus: true,
    bodyOnly: true,
    wrap: (p) =>
      JSON.stringify({
        level: 'error',
        time: '2026-03-01T10:00:00.000Z',
        msg: 'request failed',
        statusCode: p.status,
        response: minified(p.body),
      }),
  },
  {
    // Client libraries put the body in the exception message after a prose prefix.
    name: 'escaped after prose inside a string',
    keepsStatus: true,
    bodyOnly: true,
    wrap: (p) =>
      JSON.stringify({
        error: `Request failed with status code ${p.status}. Response was: ${minified(p.body)}`,
      }),
  },
  {
    // Tests and snippets build the expected body by string concatenation over several lines.
    name: 'string concatenation over lines',
    keepsStatus: false,
    bodyOnly: true,
    wrap: (p) => {
      const flat = minified(p.body);
      const pieces = flat.match(/.{1,40}/gs) ?? [];
      return `const body =\n${pieces.map((s) => `  ${JSON.stringify(s)}`).join(' +\n')};`;
    },
  },
  {
    // Issue comments quote the pasted response with "> ".
    name: 'quoted in an issue comment',
    keepsStatus: true,
    wrap: (_p, original) =>
      `I get this when I call the API:\n\n${original
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n')}\n\nAny idea?`,
  },
  {
    // Logs put unrelated lines before and after the response.
    name: 'with log noise around it',
    keepsStatus: true,
    wrap: (_p, original) =>
      `2026-03-01 10:00:00 INFO starting job 42\n2026-03-01 10:00:01 DEBUG sending request\n${original}\n2026-03-01 10:00:02 INFO job 42 finished with errors\n`,
  },
  {
    // A HAR export keeps the status, the headers and the body text of every entry.
    name: 'inside a HAR',
    keepsStatus: true,
    wrap: (p, _original, request) =>
      JSON.stringify({
        log: {
          version: '1.2',
          entries: [
            {
              request: { method: 'GET', url: request.url, headers: [] },
              response: {
                status: p.status,
                statusText: p.statusLine.replace(/^HTTP\/\S+ \d{3} ?/, ''),
                headers: p.headers.map(([name, value]) => ({ name, value })),
                content: { size: p.body.length, mimeType: 'application/json', text: p.body },
              },
            },
          ],
        },
      }),
  },
];
