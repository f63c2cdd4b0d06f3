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
