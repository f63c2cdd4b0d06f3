/**
 * The template families a service can name in its `handling.family` frontmatter: which clients its
 * users reach for, one template file (in ./templates/) per client, in tab order. A service picks a
 * family; the snippets of each of its entries are derived from these templates, never written by hand.
 */
export const HANDLING_FAMILIES = {
  /** Microsoft APIs: the Azure SDK cores and the plain HTTP clients of each language. */
  'azure-sdk': [
    'azure-core.py',
    'requests.py',
    'fetch.ts',
    'core-rest-pipeline.ts',
    'httpclient.cs',
    'azure-core.cs',
    'invoke-restmethod.ps1',
    'curl.sh',
  ],
  /** Any JSON-over-HTTP API: fetch, requests and curl. */
  http: ['fetch.ts', 'requests.py', 'curl.sh'],
} as const;

export type HandlingFamily = keyof typeof HANDLING_FAMILIES;
export const HANDLING_FAMILY_NAMES = Object.keys(HANDLING_FAMILIES) as [HandlingFamily, ...HandlingFamily[]];

/**
 * Templates that see a response only through the exception an SDK throws for an error status. They
 * never see a 2XX, so entries documented under a success status (an empty 200) do not get them.
 */
export const EXCEPTION_ONLY_TEMPLATES: ReadonlySet<string> = new Set([
  'core-rest-pipeline.ts',
  'azure-core.cs',
]);
