/**
 * Seeded secrets in every form the redaction engine claims to understand. Each case lists the
 * secret strings that must be gone and the parts that must stay (codes, messages, request ids,
 * the status line). The values are made up; their shapes are the real ones.
 */

export interface SecretCase {
  form: string;
  paste: string;
  secrets: string[];
  keep?: string[];
}

const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2FwaS5sb2dhbmFseXRpY3MuaW8ifQ.c2lnbmF0dXJlLXZhbHVl';
const RID = '5b3f0d7e-2a51-4c1c-9f0e-7d9a1c6e2b44';
const BODY =
  '{"error":{"code":"InvalidAuthenticationToken","message":"Access token is missing or invalid."}}';
const KEEP = ['InvalidAuthenticationToken', 'Access token is missing or invalid.'];

export const CASES: SecretCase[] = [
  // Header lines, as servers, curl -v and raw HTTP dumps print them.
  {
    form: 'Authorization Bearer JWT',
    paste: `Authorization: Bearer ${JWT}\n\n${BODY}`,
    secrets: [JWT],
    keep: KEEP,
  },
  {
    form: 'Authorization Basic',
    paste: 'Authorization: Basic dXNlcjpodW50ZXIy',
    secrets: ['dXNlcjpodW50ZXIy'],
  },
  {
    form: 'Digest authorization',
    paste: 'Authorization: Digest username="bob", realm="api", nonce="dcd98b", response="6629fae49393a053"',
    secrets: ['6629fae49393a053', 'dcd98b'],
  },
  {
    form: 'curl -v request header',
    paste: `> authorization: Bearer tok3nV4lue\n< HTTP/1.1 401 Unauthorized`,
    secrets: ['tok3nV4lue'],
    keep: ['HTTP/1.1 401 Unauthorized'],
  },
  {
    form: 'Proxy-Authorization',
    paste: 'Proxy-Authorization: Basic cHJveHk6cGFzcw==',
    secrets: ['cHJveHk6cGFzcw=='],
  },
  { form: 'Cookie header', paste: 'Cookie: session=s3ss10n; csrf=t0k', secrets: ['s3ss10n', 't0k'] },
  {
    form: 'Cookie with a quote in its value',
    paste: 'Cookie: pref="a b"; sid=qu0te"d',
    secrets: ['qu0te', 'sid='],
  },
  { form: 'Set-Cookie', paste: 'Set-Cookie: id=a3fWa9z; Secure; HttpOnly', secrets: ['a3fWa9z'] },
  {
    form: 'x-api-key',
    paste: `x-api-key: 0a1b2c3d4e5f\nx-ms-request-id: ${RID}`,
    secrets: ['0a1b2c3d4e5f'],
    keep: [RID],
  },
  {
    form: 'Ocp-Apim-Subscription-Key',
    paste: 'Ocp-Apim-Subscription-Key: 9f8e7d6c5b4a',
    secrets: ['9f8e7d6c5b4a'],
  },
  { form: 'x-functions-key', paste: 'x-functions-key: fUnCk3y==', secrets: ['fUnCk3y'] },
  { form: 'x-goog-api-key', paste: 'x-goog-api-key: g00gleK3y', secrets: ['g00gleK3y'] },
  { form: 'X-Auth-Token', paste: 'X-Auth-Token: 4uthT0ken', secrets: ['4uthT0ken'] },
  {
    form: 'X-Amz-Security-Token header',
    paste: 'X-Amz-Security-Token: FQoGZXIvYXdzEJr',
    secrets: ['FQoGZXIvYXdzEJr'],
  },
  { form: 'x-ms-client-secret', paste: 'x-ms-client-secret: cl13ntS3cret', secrets: ['cl13ntS3cret'] },
  {
    form: 'AWS SigV4 authorization',
    paste:
      'Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=fe5f80f77d5fa3beca',
    secrets: ['AKIAIOSFODNN7EXAMPLE', 'fe5f80f77d5fa3beca'],
  },
  // Command lines.
  {
    form: 'curl -H double quotes',
    paste: `curl -H "Authorization: Bearer ${JWT}" https://api.loganalytics.io/v1/workspaces/x/query`,
    secrets: [JWT],
    keep: ['https://api.loganalytics.io/v1/workspaces/x/query'],
  },
  {
    form: 'curl -H single quotes with a quote inside',
    paste: `curl -H 'Cookie: a="1"; b=c00k"ie' https://x.example`,
    secrets: ['c00k', 'a="1"'],
    keep: ['https://x.example'],
  },
  {
    form: 'curl -u',
    paste: 'curl -u bob:hunter2 https://x.example/v1',
    secrets: ['hunter2'],
    keep: ['https://x.example/v1'],
  },
  {
    form: 'curl --user quoted',
    paste: 'curl --user "bob:p4ss w0rd" https://x.example',
    secrets: ['p4ss', 'w0rd'],
  },
  {
    form: 'curl -d form body',
    paste:
      "curl -d 'grant_type=client_credentials&client_id=abc&client_secret=fr0mCurl' https://login.microsoftonline.com/t/oauth2/v2.0/token",
    secrets: ['fr0mCurl'],
    keep: ['client_id=abc'],
  },
  // URLs and query strings.
  {
    form: 'SAS sig in a blob URL',
    paste: 'GET https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sig=AbC%2Bd3F%3D',
    secrets: ['AbC%2Bd3F%3D'],
    keep: ['sv=2022-11-02'],
  },
  {
    form: 'X-Amz-Signature and security token in a presigned URL',
    paste:
      'https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F2026&X-Amz-Signature=9a8b7c6d&X-Amz-Security-Token=IQoJb3JpZ2lu',
    secrets: ['9a8b7c6d', 'IQoJb3JpZ2lu', 'AKIAIOSFODNN7EXAMPLE'],
  },
  {
    form: 'OAuth code in a redirect',
    paste: 'https://app.example/callback?code=0.AQABAAIAAAD&state=xyz',
    secrets: ['0.AQABAAIAAAD'],
    keep: ['state=xyz'],
  },
  {
    form: 'access_token in a websocket URL',
    paste: 'wss://hub.example/ws?access_token=ws4ccess',
    secrets: ['ws4ccess'],
  },
  {
    form: 'api_key and key in a query',
    paste: 'https://maps.example/api?key=AIzaSyQueryKey0000&api_key=qu3ryK3y&page=2',
    secrets: ['AIzaSyQueryKey0000', 'qu3ryK3y'],
    keep: ['page=2'],
  },
  {
    form: 'subscription-key in a query',
    paste: 'https://api.example/v1?subscription-key=5ubK3y',
    secrets: ['5ubK3y'],
  },
  {
    form: 'user and password in a URL',
    paste: 'fatal: could not read https://bob:gitP4ss@dev.azure.com/org/repo',
    secrets: ['gitP4ss'],
    keep: ['dev.azure.com/org/repo'],
  },
  {
    form: 'token as URL user',
    paste: 'git clone https://ghs_16C7e42F292c6912E7710c838347Ae178B4a@github.com/o/r',
    secrets: ['ghs_16C7e42F292c6912E7710c838347Ae178B4a'],
  },
  {
    form: 'sig after a fragment-free URL in JSON',
    paste: '{"url":"https://acct.queue.core.windows.net/q?sig=qu3ueS1g&sp=r"}',
    secrets: ['qu3ueS1g'],
    keep: ['sp=r'],
  },
  // Form bodies.
  {
    form: 'token request form body',
    paste: 'grant_type=authorization_code&code=OAQABAAIAAA&client_secret=s3cr3tV&redirect_uri=https://x',
    secrets: ['OAQABAAIAAA', 's3cr3tV'],
    keep: ['grant_type=authorization_code'],
  },
  {
    form: 'password grant form body',
    paste: 'grant_type=password&username=bob%40contoso.com&password=P%40ssw0rd',
    secrets: ['P%40ssw0rd'],
    keep: ['username=bob%40contoso.com'],
  },
  {
    form: 'refresh_token form body',
    paste: 'grant_type=refresh_token&refresh_token=0.ARrefresh',
    secrets: ['0.ARrefresh'],
  },
  {
    form: 'client_assertion form body',
    paste: `client_assertion_type=urn%3Aietf&client_assertion=${JWT}`,
    secrets: [JWT],
  },
  // Connection strings.
  {
    form: 'storage AccountKey',
    paste:
      'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFl+qY==;EndpointSuffix=core.windows.net',
    secrets: ['Eby8vdM02xNOcqFl+qY=='],
    keep: ['AccountName=acct'],
  },
  {
    form: 'Service Bus SharedAccessKey',
    paste:
      'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=sbK3y+/0=',
    secrets: ['sbK3y+/0='],
    keep: ['SharedAccessKeyName=RootManageSharedAccessKey'],
  },
  {
    form: 'IoT Hub connection string',
    paste: 'HostName=hub.azure-devices.net;DeviceId=d1;SharedAccessKey=i0tK3y=',
    secrets: ['i0tK3y='],
    keep: ['DeviceId=d1'],
  },
  {
    form: 'SQL Password',
    paste: 'Server=tcp:db.database.windows.net;User ID=bob;Password=Sq1P4ss;Encrypt=True',
    secrets: ['Sq1P4ss'],
    keep: ['User ID=bob'],
  },
  {
    form: 'Pwd in ODBC',
    paste: 'Driver={ODBC Driver 18};Server=db;Uid=bob;Pwd=0dbcP4ss;',
    secrets: ['0dbcP4ss'],
  },
  {
    form: 'SAS token with sig first',
    paste: 'Authorization: SharedAccessSignature sig=s1gF1rst%3D&se=1700000000&sr=hub.azure-devices.net',
    secrets: ['s1gF1rst'],
  },
  {
    form: 'SAS token in prose',
    paste: 'using token SharedAccessSignature sr=hub&sig=pr0seS1g&se=1&skn=owner',
    secrets: ['pr0seS1g'],
  },
  {
    form: 'SharedAccessSignature in a connection string',
    paste: 'BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022&sig=c0nnS1g',
    secrets: ['c0nnS1g'],
  },
  // JSON, dicts and escaped JSON at any depth.
  {
    form: 'access_token member',
    paste: '{"access_token":"acc3ss.T0k","token_type":"Bearer","expires_in":3599}',
    secrets: ['acc3ss.T0k'],
    keep: ['token_type'],
  },
  {
    form: 'camelCase accessToken',
    paste: '{"accessToken": "c4mel", "code": "InvalidAuthenticationToken"}',
    secrets: ['c4mel'],
    keep: ['InvalidAuthenticationToken'],
  },
  {
    form: 'refresh_token and id_token',
    paste: `{"refresh_token":"r3fr3sh","id_token":"${JWT}"}`,
    secrets: ['r3fr3sh', JWT],
  },
  {
    form: 'client_secret in JSON config',
    paste: '{ "clientId": "abc", "clientSecret": "cl1entS" }',
    secrets: ['cl1entS'],
    keep: ['"clientId": "abc"'],
  },
  {
    form: 'password member with an escaped quote',
    paste: '{"user":"bob","password":"pa\\"ss\\"w0rd"}',
    secrets: ['pa\\"ss', 'w0rd'],
  },
  {
    form: 'headers dict in a Python repr',
    paste: "{'Authorization': 'Bearer pyT0ken1', 'x-ms-client-request-id': '" + RID + "'}",
    secrets: ['pyT0ken1'],
    keep: [RID],
  },
  { form: 'header list value', paste: "{'Authorization': ['Bearer l1stT0ken']}", secrets: ['l1stT0ken'] },
  {
    form: 'escaped JSON inside a string',
    paste: 'Response: "{\\"access_token\\":\\"esc4ped\\",\\"error\\":\\"invalid_grant\\"}"',
    secrets: ['esc4ped'],
    keep: ['invalid_grant'],
  },
  {
    form: 'doubly escaped JSON',
    paste: '{"body":"{\\"inner\\":\\"{\\\\\\"password\\\\\\":\\\\\\"d33p\\\\\\"}\\"}"}',
    secrets: ['d33p'],
  },
  {
    form: 'escaped headers in a string',
    paste: '"headers": "Authorization: Bearer h34der\\r\\nAccept: application/json\\r\\n"',
    secrets: ['h34der'],
    keep: ['Accept: application/json'],
  },
  { form: 'Ruby hash', paste: '{"X-Api-Key" => "rubyK3y"}', secrets: ['rubyK3y'] },
  {
    form: 'YAML line',
    paste: 'client_secret: yamlS3cret\ntenant: contoso',
    secrets: ['yamlS3cret'],
    keep: ['tenant: contoso'],
  },
  {
    form: 'log key=value fields',
    paste: `level=error token=l0gT0k request_id=${RID} msg="unauthorized"`,
    secrets: ['l0gT0k'],
    keep: [RID, 'msg="unauthorized"'],
  },
  {
    form: 'Go http.Header dump',
    paste: 'map[Authorization:[Bearer g0Map] Content-Type:[application/json]]',
    secrets: ['g0Map'],
    keep: ['Content-Type:[application/json]'],
  },
  {
    form: 'cookie with a bracketed value, mid-line',
    paste: 'request headers={Cookie: prefs=[1,2]; connect.sid=br4ck3tS1d} status=401',
    secrets: ['br4ck3tS1d'],
    keep: ['status=401'],
  },
  {
    form: 'Go http.Header dump with a bracket inside a cookie',
    paste: 'map[Cookie:[layout=[wide]; token_v=g0N3st3d] Accept:[*/*]]',
    secrets: ['g0N3st3d'],
    keep: ['Accept:[*/*]'],
  },
  {
    form: 'bracketed header list in a log',
    paste: 'headers={Authorization=[Bearer j4vaT0k], Accept=[*/*]}',
    secrets: ['j4vaT0k'],
    keep: ['Accept=[*/*]'],
  },
  {
    form: 'axios config headers',
    paste: "headers: AxiosHeaders { Accept: 'application/json', Authorization: 'Bearer ax10sT0k' }",
    secrets: ['ax10sT0k'],
    keep: ["Accept: 'application/json'"],
  },
  // Token shapes without a name.
  {
    form: 'bare JWT in prose',
    paste: `the token ${JWT} was rejected`,
    secrets: [JWT],
    keep: ['was rejected'],
  },
  {
    form: 'Bearer in prose',
    paste: 'I sent Bearer abc123def456 and got 401',
    secrets: ['abc123def456'],
    keep: ['got 401'],
  },
  {
    form: 'GitHub classic token',
    paste: 'export GH=ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    secrets: ['ghp_16C7e42F292c6912E7710c838347Ae178B4a'],
  },
  {
    form: 'GitHub fine-grained token',
    paste: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP',
    secrets: ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOP'],
  },
  {
    form: 'Slack token',
    paste: 'SLACK xoxb-123456789012-abcdefABCDEF',
    secrets: ['xoxb-123456789012-abcdefABCDEF'],
  },
  { form: 'GitLab token', paste: 'glpat-abcdefghij0123456789', secrets: ['glpat-abcdefghij0123456789'] },
  {
    form: 'npm token',
    paste: '//registry.npmjs.org/:_authToken=npm_abcdefghijklmnopqrstuvwxyz0123456789',
    secrets: ['npm_abcdefghijklmnopqrstuvwxyz0123456789'],
  },
  {
    form: 'AWS access key id',
    paste: 'AccessKeyId AKIAIOSFODNN7EXAMPLE used',
    secrets: ['AKIAIOSFODNN7EXAMPLE'],
  },
  {
    form: 'Google API key',
    paste: 'API key AIzaSyA1234567890abcdefghijklmnopqrstuv not valid',
    secrets: ['AIzaSyA1234567890abcdefghijklmnopqrstuv'],
    keep: ['not valid'],
  },
  {
    form: 'Stripe secret key',
    paste: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
    secrets: ['sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
  },
  {
    form: 'Entra client secret',
    paste: 'secret value abc8Q~abcdefghijklmnopqrstuvwxyz0123456 expired',
    secrets: ['abc8Q~abcdefghijklmnopqrstuvwxyz0123456'],
    keep: ['expired'],
  },
  {
    form: 'PEM private key',
    paste:
      '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----',
    secrets: ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7'],
  },
  {
    form: 'PEM RSA key escaped in JSON',
    paste: '{"key":"-----BEGIN RSA PRIVATE KEY-----\\nMIIEpAIBAAKCAQEA\\n-----END RSA PRIVATE KEY-----\\n"}',
    secrets: ['MIIEpAIBAAKCAQEA'],
  },
  // Past the old 8,192-character cut.
  {
    form: 'secret after 9,000 characters',
    paste: `${'x'.repeat(9000)}\nAuthorization: Bearer l4teT0ken`,
    secrets: ['l4teT0ken'],
  },
];
