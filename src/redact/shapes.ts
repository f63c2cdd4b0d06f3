import { REDACTED, type Removals } from './removals.ts';

/**
 * Secrets recognised by their shape rather than by a name before them: PEM private keys, the
 * credential after an HTTP auth scheme, passwords in URLs and `curl -u`, and tokens whose vendors
 * give them a fixed prefix so that scanners can find them.
 */

/** A match and its groups, as `replace` hands them over. */
type Match = [string, ...string[]];

interface ShapeRule {
  label: string;
  pattern: RegExp;
  /** Builds the replacement from the match; by default the whole match becomes {@link REDACTED}. */
  replace?: (match: Match) => string;
}

/** Keeps the first capture group (the scheme or the user name) and redacts what follows it. */
const keepFirst = (separator: string) => (match: Match) => `${match[1]}${separator}${REDACTED}`;

/** A credential is never only letters of one case: that is a word of prose ("Basic authentication"). */
const looksLikeCredential = (token: string): boolean =>
  /[\d+/=._~-]/.test(token) || (/[A-Z]/.test(token.slice(1)) && /[a-z]/.test(token)) || token.length >= 24;

export const SHAPES: readonly ShapeRule[] = [
  {
    label: 'private key',
    // RFC 7468 textual encoding; an unterminated block (a cut paste) is removed to the end.
    pattern:
      /-----BEGIN ([A-Z0-9 ]{0,40})PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$(?![\s\S]))/g,
    replace: () => `-----BEGIN PRIVATE KEY-----${REDACTED}-----END PRIVATE KEY-----`,
  },
  {
    label: 'bearer token',
    // RFC 6750 §2.1 b64token; `Bearer realm="…"` is a challenge, not a credential.
    pattern: /\b(Bearer)[ \t]+(?![\w-]+=")([A-Za-z0-9._~+/-]+=*)/gi,
    replace: (m) => (looksLikeCredential(m[2]!) ? `${m[1]} ${REDACTED}` : m[0]),
  },
  {
    label: 'Basic credentials',
    // RFC 7617: base64 of user:password.
    pattern: /\b(Basic)[ \t]+([A-Za-z0-9+/]{6,}={0,2})(?![\w+/=])/g,
    replace: (m) => (looksLikeCredential(m[2]!) ? `${m[1]} ${REDACTED}` : m[0]),
  },
  {
    label: 'Digest credentials',
    // RFC 7616 §3.4: comma-separated auth-params, quoted or not.
    pattern: /\b(Digest)[ \t]+(?:[\w-]+[ \t]*=[ \t]*(?:"[^"\r\n]*"|[^\s,"]+)(?:[ \t]*,[ \t]*)?){1,30}/g,
    replace: keepFirst(' '),
  },
  {
    label: 'SAS token',
    // Azure shared access signature tokens: `SharedAccessSignature sr=…&sig=…&se=…`, in any order.
    pattern: /\b(SharedAccessSignature)[ \t]+(?!\[REDACTED)[^\s'"\\,;]+/g,
    replace: keepFirst(' '),
  },
  {
    label: 'password in URL',
    // RFC 3986 §3.2.1 userinfo: `user:password@`; a user alone before `@` is usually a token.
    pattern: /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s/?#@"'<>:]{1,256}):(?!\[REDACTED)[^\s/?#@"'<>]{1,256}@/gi,
    replace: (m) => `${m[1]}:${REDACTED}@`,
  },
  {
    label: 'token in URL',
    pattern: /\b(https?:\/\/)(?!\[REDACTED)([A-Za-z0-9._~-]{20,256})@/g,
    replace: (m) => `${m[1]}${REDACTED}@`,
  },
  {
    label: 'curl password',
    // `curl -u user:password` / `--user user:password`.
    pattern:
      /((?:^|\s)(?:-u|--user)[ \t=]{0,4}(?:(["'])[^\s:'"]{1,256}:(?!\[REDACTED)[^"'\r\n]{1,1024}(?=\2)|[^\s:'"]{1,256}:(?!\[REDACTED)[^\s'"]{1,1024}))/g,
    replace: (m) => m[0].slice(0, m[0].indexOf(':') + 1) + REDACTED,
  },
  {
    label: 'JWT',
    // RFC 7519 compact form: base64url JSON header (`eyJ`, starting a run), payload, signature.
    pattern: /(?<![\w-])eyJ[A-Za-z0-9_-]{4,1024}\.[A-Za-z0-9_-]{4,16384}\.?[A-Za-z0-9_-]{0,8192}/g,
  },
  { label: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { label: 'GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { label: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { label: 'npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { label: 'AWS access key', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
  { label: 'Google API key', pattern: /\bAIza[A-Za-z0-9_-]{35}/g },
  { label: 'Stripe key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}/g },
  // Microsoft Entra client secrets carry `Q~` after three characters and a version digit.
  { label: 'client secret', pattern: /(?<![\w~.-])[A-Za-z0-9_.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])/g },
];

/** Applies every shape rule in order. */
export function redactShapes(text: string, removals: Removals): string {
  let result = text;
  for (const rule of SHAPES) {
    result = result.replace(rule.pattern, (...args: unknown[]) => {
      // The arguments are the match, its groups, then the offset and the whole string.
      const match = args.slice(0, -2) as Match;
      const replaced = rule.replace ? rule.replace(match) : REDACTED;
      if (replaced !== match[0]) removals.add(rule.label);
      return replaced;
    });
  }
  return result;
}
