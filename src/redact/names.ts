/**
 * Which names carry a credential. A name is compared without case and without the `-`, `_`, `.`
 * and blanks that vendors put in different places (`access_token`, `accessToken`, `Access-Token`).
 */

/** Normalises a header, member, parameter or connection-string key for comparison. */
export const normalizeName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Names whose value is a credential wherever they appear: headers, members, parameters, HAR pairs. */
const SECRET = new Set([
  'authorization',
  'proxyauthorization',
  'xmsauthorizationauxiliary',
  'cookie',
  'setcookie',
  'password',
  'passwd',
  'pwd',
  'secret',
  'clientsecret',
  'clientassertion',
  'token',
  'apikey',
  'xapikey',
  'ocpapimsubscriptionkey',
  'subscriptionkey',
  'xfunctionskey',
  'xgoogapikey',
  'accountkey',
  'sharedaccesskey',
  'sharedaccesssignature',
  'sig',
  'signature',
  'credential',
  'xamzcredential',
  'privatekey',
  'clientkey',
  'masterkey',
  'primarykey',
  'secondarykey',
]);

/** Endings that make any name a credential: `X-Auth-Token`, `x-ms-client-secret`, `dbPassword`. */
const SECRET_ENDINGS = ['token', 'secret', 'password', 'apikey', 'accesskey', 'privatekey', 'signature'];

/**
 * Names that are credentials only as URL query or form parameters (after `?` or `&`): an OAuth
 * authorization `code` and a Google-style `key`. As a JSON member, `code` is the error code.
 */
const SECRET_IN_QUERY = new Set(['code', 'key']);

/** True when a value under this name is a credential, in any position. */
export function isSecretName(name: string): boolean {
  const n = normalizeName(name);
  return SECRET.has(n) || SECRET_ENDINGS.some((ending) => n.endsWith(ending));
}

/** True when a value under this name is a credential as a query or form parameter. */
export const isSecretParameter = (name: string): boolean =>
  isSecretName(name) || SECRET_IN_QUERY.has(normalizeName(name));

/**
 * True for names that are HTTP credential headers even mid-line (`… Authorization: Bearer x`); other
 * secret names followed by a colon count only at the start of a line, so prose such as "invalid
 * token: expired" keeps its words.
 */
export const isCredentialHeader = (name: string): boolean =>
  isSecretName(name) && (name.includes('-') || ['authorization', 'cookie'].includes(normalizeName(name)));
