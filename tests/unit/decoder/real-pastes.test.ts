import { describePastes, type PasteRow } from './paste-table.ts';

/**
 * Pastes copied from public issue threads (source URL beside each), kept as pasted; secrets and
 * noise unrelated to the error were cut. Half are near misses: the same envelope or the same code
 * from an API the catalog does not document, which must not be claimed.
 */

const LA = 'azure-log-analytics';

const REAL: PasteRow[] = [
  {
    file: 'real-la-foundry-403-dash.txt',
    source: 'https://github.com/microsoft/foundry-dev-tools/issues/734',
    verdict: 'identified',
    ids: [`${LA}/insufficient-access-error`],
    extracted: {
      status: 403,
      code: 'InsufficientAccessError',
      correlationId: '19312810-2150-47d2-ac01-70c07fd11088',
      form: 'wrapped',
    },
  },
  {
    file: 'real-la-sdk-net-quoted-json.txt',
    source: 'https://github.com/Azure/azure-sdk-for-net/pull/37173',
    verdict: 'identified',
    ids: [`${LA}/insufficient-access-error`],
    extracted: { envelope: 'odata', code: 'InsufficientAccessError' },
  },
  {
    file: 'real-la-az-cli-service-error.txt',
    source: 'https://github.com/Azure/azure-cli-extensions/issues/2479',
    verdict: 'identified',
    ids: [`${LA}/path-not-found-error`],
    extracted: { form: 'sdk-text', code: 'PathNotFoundError', message: 'The requested path does not exist' },
  },
  {
    file: 'real-la-az-debug-msrest.txt',
    source: 'https://github.com/Azure/azure-cli-extensions/issues/3914',
    verdict: 'identified',
    ids: [`${LA}/path-not-found-error`],
    extracted: { code: 'PathNotFoundError' },
  },
  {
    // The same code from Application Insights (api.applicationinsights.io), which the catalog does not document.
    file: 'real-appinsights-dotnet-near-miss.txt',
    source: 'https://github.com/Azure/azure-sdk-for-net/issues/16770',
    verdict: 'unknown',
    extracted: { code: 'PathNotFoundError', host: 'api.applicationinsights.io' },
  },
  {
    // Azure Resource Manager's 401 for a Data Lake token: same code as the Log Analytics entry, other status and wording.
    file: 'real-arm-token-audience-java-near-miss.txt',
    source: 'https://github.com/JetBrains/azure-tools-for-intellij/issues/16',
    verdict: 'unknown',
    guess: `${LA}/invalid-authentication-token-audience`,
    extracted: { status: 401, code: 'InvalidAuthenticationTokenAudience' },
  },
  {
    file: 'real-token-audience-daemon-sample.txt',
    source: 'https://github.com/Azure-Samples/active-directory-dotnetcore-daemon-v2/issues/145',
    verdict: 'identified',
    ids: [`${LA}/invalid-authentication-token-audience`],
  },
  {
    file: 'real-onefuzz-invalid-token-error-near-miss.txt',
    source: 'https://github.com/microsoft/onefuzz/issues/3287',
    verdict: 'unknown',
    extracted: { form: 'sdk-text', code: 'InvalidTokenError' },
  },
  {
    // A Python dict, cut off mid-message; Defender and Threat Protection document the same Forbidden.
    file: 'real-defender-forbidden-python-dict.txt',
    source: 'https://github.com/MicrosoftDocs/microsoft-365-docs/issues/6062',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/forbidden', 'threat-protection/forbidden'],
    extracted: { code: 'Forbidden', truncated: true },
  },
  {
    file: 'real-defender-indicator-escaped-json.txt',
    source: 'https://github.com/microsoftgraph/security-api-solutions/issues/115',
    verdict: 'ambiguous',
    ids: ['defender-endpoint/invalid-input', 'threat-protection/invalid-input'],
    extracted: { code: 'InvalidInput', target: '5006fc66-3381-46ee-be0c-4c544fc5d2a1' },
    note: /unescaped/,
  },
  {
    // Microsoft Graph's TooManyRequests: the code Defender uses, but Graph's innerError shape.
    file: 'real-graph-toomanyrequests-powershell-near-miss.txt',
    source: 'https://github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/1975',
    verdict: 'unknown',
    guess: 'defender-endpoint/too-many-requests',
    extracted: {
      code: 'TooManyRequests',
      requestIds: [
        { name: 'request-id', value: 'xxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxx' },
        { name: 'client-request-id', value: 'xxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxx' },
      ],
    },
  },
  {
    file: 'real-graph-intune-resourcenotfound-near-miss.txt',
    source: 'https://github.com/ThomasKur/IntuneDocumentation/issues/39',
    verdict: 'unknown',
    extracted: { status: 404, code: 'ResourceNotFound' },
  },
  {
    file: 'real-graph-authorization-denied-python-dict.txt',
    source: 'https://github.com/microsoftgraph/python-sample-auth/issues/12',
    verdict: 'unknown',
    extracted: {
      code: 'Authorization_RequestDenied',
      requestIds: [{ name: 'request-id', value: '15038357-2dee-45b7-9d84-a3adae7b7c47' }],
    },
  },
  {
    file: 'real-graph-authorization-denied-node-403.txt',
    source: 'https://github.com/microsoftgraph/nodejs-connect-rest-sample/issues/69',
    verdict: 'unknown',
    extracted: { status: 403, code: 'Authorization_RequestDenied' },
  },
  {
    // A terminal wrapped the one-line body mid-word; the lines are joined before parsing.
    file: 'real-graph-az-cli-wrapped-near-miss.txt',
    source: 'https://github.com/Azure/azure-cli/issues/29966',
    verdict: 'unknown',
    extracted: {
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    },
  },
  {
    // invalid_grant, but AADSTS70000 is not the documented AADSTS70008.
    file: 'real-aad-invalid-grant-70000-near-miss.txt',
    source: 'https://github.com/spencerwooo/onedrive-cf-index/issues/25',
    verdict: 'unknown',
    guess: `${LA}/invalid-grant`,
    extracted: {
      envelope: 'oauth',
      code: 'invalid_grant',
      familyCodes: ['AADSTS70000'],
      traceId: '7da0f588-0389-4720-a1a4-7858b95b5000',
      correlationId: '397ffa74-99eb-4e86-ba8e-cf91ab3783a5',
      truncated: true,
    },
  },
  {
    file: 'real-aad-bingads-error-code-text.txt',
    source: 'https://github.com/BingAds/BingAds-Python-SDK/issues/279',
    verdict: 'unknown',
    extracted: {
      code: 'invalid_grant',
      familyCodes: ['AADSTS70000'],
      traceId: '91af4011-2822-4038-b029-ddd8c46caf00',
      correlationId: 'ee3f808b-2662-4eca-ad60-c824a57f2719',
    },
  },
  {
    // AADSTS700082 must not be read as AADSTS70008.
    file: 'real-aad-blobfile-bytes-700082.txt',
    source: 'https://github.com/blobfile/blobfile/issues/93',
    verdict: 'unknown',
    extracted: { code: 'invalid_grant', familyCodes: ['AADSTS700082'], truncated: true },
  },
  {
    file: 'real-aad-django-70008-prose.txt',
    source: 'https://github.com/snok/django-auth-adfs/issues/245',
    verdict: 'identified',
    ids: [`${LA}/invalid-grant`],
    extracted: { familyCodes: ['AADSTS70008'] },
  },
  {
    file: 'real-aad-graph-msrest-headers.txt',
    source: 'https://github.com/MicrosoftDocs/azure-docs/issues/55378',
    verdict: 'unknown',
    extracted: {
      status: 403,
      requestIds: [
        { name: 'request-id', value: '61614c3e-607f-4dff-8d2e-001673ed60ff' },
        { name: 'client-request-id', value: 'd6fcf360-2aa7-11eb-9ccc-0242ac110002' },
      ],
    },
  },
  {
    // Azure AD Graph's older shape: `odata.error`, with the message as {lang, value}.
    file: 'real-aad-graph-odata-error-near-miss.txt',
    source: 'https://github.com/Azure-Samples/active-directory-dotnet-graphapi-console/issues/38',
    verdict: 'unknown',
    extracted: {
      envelope: 'odata',
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
    },
  },
  {
    file: 'real-adobe-analytics-500-near-miss.txt',
    source: 'https://github.com/AdobeDocs/analytics-2.0-apis/issues/134',
    verdict: 'unknown',
    extracted: { method: 'GET', host: 'analytics.adobe.io' },
  },
  {
    file: 'real-gemini-invalid-argument-near-miss.txt',
    source: 'https://github.com/google-gemini/gemini-cli/issues/14731',
    verdict: 'unknown',
    extracted: { envelope: 'other', status: 400 },
  },
  {
    // GitHub's {message, documentation_url} looks like Coveo's {message, type} but is not it.
    file: 'real-github-not-found-curl-near-miss.txt',
    source: 'https://github.com/cmungall/gosf2github/issues/12',
    verdict: 'unknown',
    extracted: { envelope: 'other', message: 'Not Found', host: 'api.github.com' },
  },
  {
    // Coveo's platform API, not the UA Write API: Coveo's envelope with an undocumented type.
    file: 'real-coveo-platform-no-auth-near-miss.txt',
    source: 'https://docs.coveo.com/en/1099/',
    verdict: 'unknown',
    extracted: { envelope: 'coveo', code: 'NoAuthenticationException', status: 401 },
  },
];

describePastes(REAL);
