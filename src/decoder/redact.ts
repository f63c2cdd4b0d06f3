/**
 * Removes secrets from a paste before it goes into a shareable link: credential headers, bearer
 * tokens, JWTs, SAS signatures and secret query or form values. Error codes, messages and request
 * ids stay, so the redacted text decodes the same way.
 */

export const REDACTED = '[REDACTED]';

/** Headers whose whole value is a credential. */
const SECRET_HEADERS =
  'authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key|ocp-apim-subscription-key|x-functions-key|x-ms-client-secret';

/**
 * A credential header as a header line, a curl `-H` argument, a dict or JSON member: the name (not
 * part of a longer name), a colon or equals sign, then the value up to a quote or the end of the line.
 */
export const SECRET_HEADER_VALUE = new RegExp(
  `(?<![\\w-])(['"]?(?:${SECRET_HEADERS})['"]?[ \\t]*[:=][ \\t]*['"]?)([^'"\\n]{1,8192})`,
  'gi',
);

/** `Bearer` followed by a token (RFC 6750 b64token characters). */
export const BEARER_TOKEN = /\b(Bearer)[ \t]+[A-Za-z0-9._~+/-]{1,8192}=*/gi;

/** A JWT: base64url header starting `eyJ`, a dot, the payload, a dot and an optional signature. */
export const JWT = /\beyJ[A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{4,16384}\.?[A-Za-z0-9_-]{0,8192}/g;

/** An Azure SAS signature in a query string. */
export const SAS_SIGNATURE = /([?&]sig=)[^&\s'"<>]{1,2048}/gi;

/** Secret form or query values: `client_secret=…`, `access_token=…`, `api_key=…`, after `?`, `&`, a blank or a quote. */
export const SECRET_PARAMETER =
  /((?:^|[?&\s'"])(?:api_key|apikey|api-key|access_token|refresh_token|id_token|client_secret|client_assertion|password|subscription-key)=)[^&\s'"<>]{1,8192}/gim;

/** An OAuth authorization code, only inside a query string (`?code=` / `&code=`), where it is a secret. */
export const AUTHORIZATION_CODE = /([?&]code=)[^&\s'"<>#]{1,8192}/gi;

/** The same secrets as JSON or dict members: `"access_token": "…"`. */
export const SECRET_MEMBER =
  /(["'](?:access_token|refresh_token|id_token|client_secret|password|api_key|apikey)["'][ \t]*:[ \t]*["'])[^"'\n]{1,16384}/gi;

/** Returns the text with every secret replaced by {@link REDACTED}. */
export function redactSecrets(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(SECRET_HEADER_VALUE, `$1${REDACTED}`)
    .replace(BEARER_TOKEN, `$1 ${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(SAS_SIGNATURE, `$1${REDACTED}`)
    .replace(SECRET_PARAMETER, `$1${REDACTED}`)
    .replace(AUTHORIZATION_CODE, `$1${REDACTED}`)
    .replace(SECRET_MEMBER, `$1${REDACTED}`);
}
