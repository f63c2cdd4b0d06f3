import { describePastes, type PasteRow } from './paste-table.ts';

/**
 * A second table of pastes copied from public issue threads (source URL beside each), kept as the
 * person pasted them; only unrelated prose around them was cut. Half are near misses from other
 * Microsoft APIs (Microsoft Graph, Azure Resource Manager, Entra ID codes the catalog does not
 * document, the Log Analytics Data Collector API), which must stay not recognised; the other half
 * come from catalogued APIs, some without enough evidence to claim one entry.
 */

const ROWS: PasteRow[] = [
  {
    file: 'real2/aad-70008-az-cli-token-request.txt',
    source: 'https://github.com/Azure/azure-cli/issues/856',
    verdict: 'identified',
    ids: ['azure-log-analytics/invalid-grant'],
    note: /differs from the documented 403/,
  },
  {
    file: 'real2/defender-advancedqueries-forbidden-prose.txt',
    source: 'https://github.com/MicrosoftDocs/microsoft-365-docs/issues/12426',
    verdict: 'identified',
    ids: ['defender-endpoint/forbidden'],
  },
  {
    file: 'real2/la-az-cli-one-line.txt',
    source: 'https://github.com/Azure/azure-cli-extensions/issues/5147',
    verdict: 'identified',
    ids: ['azure-log-analytics/bad-argument-error'],
  },
  {
    file: 'real2/la-az-cli-unknownerror-code-line.txt',
    source: 'https://github.com/Azure/azure-cli-extensions/issues/3003',
    verdict: 'identified',
    ids: ['azure-log-analytics/bad-argument-error'],
  },
  {
    file: 'real2/la-logic-apps-triple-escaped.txt',
    source: 'https://github.com/MicrosoftDocs/azure-docs/issues/18012',
    verdict: 'identified',
    ids: ['azure-log-analytics/bad-argument-error'],
    note: /read from inside/,
  },
  {
    file: 'real2/la-storage-solution-nested-details.txt',
    source: 'https://github.com/Azure/azure-quickstart-templates/issues/5925',
    verdict: 'identified',
    ids: ['azure-log-analytics/bad-argument-error'],
  },
  {
    file: 'real2/defender-missing-roles-sentinel-pr.txt',
    source: 'https://github.com/Azure/Azure-Sentinel/pull/14672',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/forbidden', 'threat-protection/forbidden'],
  },
  {
    file: 'real2/defender-missing-roles-redacted-target.txt',
    source: 'https://github.com/Azure/Azure-Sentinel/issues/13457',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/forbidden', 'threat-protection/forbidden'],
  },
  {
    file: 'real2/hunting-missing-query-pretty.txt',
    source: 'https://github.com/MicrosoftDocs/defender-docs/pull/330',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/invalid-request-body', 'threat-protection/invalid-request-body'],
  },
  {
    file: 'real2/hunting-missing-query-one-line.txt',
    source: 'https://github.com/MicrosoftDocs/microsoft-365-docs/issues/10581',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/invalid-request-body', 'threat-protection/invalid-request-body'],
  },
  {
    file: 'real2/defender-requests-403-no-body.txt',
    source: 'https://github.com/stanfrbd/cyberbro/issues/90',
    verdict: 'unknown',
    guess: 'defender-endpoint/forbidden',
  },
  {
    file: 'real2/defender-httpclient-404-wrong-path.txt',
    source: 'https://github.com/MicrosoftDocs/windows-itpro-docs/issues/8830',
    verdict: 'unknown',
    guess: 'defender-endpoint/not-found',
  },
  {
    file: 'real2/defender-powerbi-400-no-body.txt',
    source: 'https://github.com/microsoft/MicrosoftDefenderForEndpoint-PowerBI/issues/6',
    verdict: 'unknown',
  },
  {
    file: 'real2/la-semantic-error-sem0003.txt',
    source: 'https://github.com/MicrosoftDocs/feedback/issues/1792',
    verdict: 'unknown',
    guess: 'azure-log-analytics/bad-argument-error',
  },
  {
    file: 'real2/scheduled-query-badrequest-semantic.txt',
    source: 'https://github.com/Azure/azure-cli-extensions/issues/3002',
    verdict: 'unknown',
    guess: 'azure-log-analytics/bad-argument-error',
  },
  {
    file: 'real2/scheduled-query-terraform-autorest.txt',
    source: 'https://github.com/CDCgov/prime-reportstream/issues/11773',
    verdict: 'unknown',
    guess: 'azure-log-analytics/bad-argument-error',
  },
  {
    file: 'real2/aad-700082-azure-identity-python.txt',
    source: 'https://github.com/Azure/azure-sdk-for-python/issues/26729',
    verdict: 'unknown',
  },
  {
    file: 'real2/aad-700082-arm-deployment-quoted.txt',
    source: 'https://github.com/mspnp/identity-reference-architectures/issues/9',
    verdict: 'unknown',
  },
  {
    file: 'real2/aad-700082-onedrive-one-line.txt',
    source: 'https://github.com/reruin/sharelist/issues/511',
    verdict: 'unknown',
  },
  {
    file: 'real2/graph-dotnet-serviceexception.txt',
    source: 'https://github.com/microsoftgraph/dotnetcore-console-sample/issues/44',
    verdict: 'unknown',
  },
  {
    file: 'real2/graph-manager-forbidden-loose.txt',
    source: 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/8353',
    verdict: 'unknown',
  },
  {
    file: 'real2/aad-graph-odata-error-lang-value.txt',
    source: 'https://github.com/Azure-Samples/active-directory-dotnet-graphapi-console/issues/38',
    verdict: 'unknown',
  },
  {
    file: 'real2/graph-daemon-call-result.txt',
    source: 'https://github.com/Azure-Samples/ms-identity-python-daemon/issues/8',
    verdict: 'unknown',
  },
  {
    file: 'real2/graph-devtools-console-rendering.txt',
    source: 'https://github.com/OfficeDev/microsoft-teams-apps-champion-management/issues/28',
    verdict: 'unknown',
  },
  {
    file: 'real2/graph-hunting-unknownerror-500.txt',
    source: 'https://github.com/microsoftgraph/microsoft-graph-docs/issues/19084',
    verdict: 'unknown',
  },
  {
    file: 'real2/arm-authorizationfailed-az-cli.txt',
    source: 'https://github.com/Azure/azure-cli/issues/30789',
    verdict: 'unknown',
  },
  {
    file: 'real2/arm-authorizationfailed-vscode-extension.txt',
    source: 'https://github.com/microsoft/foundry-dev-tools/issues/474',
    verdict: 'unknown',
  },
  {
    file: 'real2/arm-authorizationfailed-terraform-box.txt',
    source: 'https://github.com/Azure/Azure-Landing-Zones/issues/2430',
    verdict: 'unknown',
  },
  {
    file: 'real2/arm-authorizationfailed-flat-json.txt',
    source: 'https://github.com/Azure/Azure-Landing-Zones/issues/2651',
    verdict: 'unknown',
  },
  {
    file: 'real2/arm-authorizationfailed-resterror.txt',
    source: 'https://github.com/microsoft/vscode-azurestorage/issues/944',
    verdict: 'unknown',
  },
  {
    file: 'real2/arm-az-debug-403-headers.txt',
    source: 'https://github.com/Azure/azure-cli/issues/32165',
    verdict: 'unknown',
  },
  {
    file: 'real2/data-collector-powershell-403.txt',
    source: 'https://github.com/Cj-Scott/Get-AppRegistrationExpiration/issues/15',
    verdict: 'unknown',
  },
];

describePastes(ROWS);
