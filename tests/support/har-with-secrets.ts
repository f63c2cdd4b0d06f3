/** A HAR export carrying a secret in every place a HAR holds one, with the secrets listed. */

const json = (value: unknown) => JSON.stringify(value);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export const HAR_SECRETS = [
  'Basic YWRtaW46aGFyUGFzcw==',
  'harBearer0ne',
  'c00kieValue1',
  'c00kie"Value2',
  'qs5igValue',
  'p0stSecret',
  'b0dyT0ken',
  'r3spC00kie',
  'jsonB0dyPass',
];

const body = json({ error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired.' } });

export const HAR_WITH_SECRETS = json({
  log: {
    version: '1.2',
    creator: { name: 'WebInspector', version: '537.36' },
    entries: [
      {
        request: {
          method: 'POST',
          url: 'https://graph.microsoft.com/v1.0/me?sig=qs5igValue&$top=1',
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'Authorization', value: 'Basic YWRtaW46aGFyUGFzcw==' },
            { name: 'X-Custom-Token', value: 'harBearer0ne' },
            { name: 'Accept', value: 'application/json' },
          ],
          cookies: [
            { name: 'session', value: 'c00kieValue1' },
            { name: 'pref', value: 'c00kie"Value2' },
          ],
          queryString: [
            { name: 'sig', value: 'qs5igValue' },
            { name: '$top', value: '1' },
          ],
          postData: {
            mimeType: 'application/x-www-form-urlencoded',
            text: 'client_id=abc&client_secret=p0stSecret',
            params: [
              { name: 'client_id', value: 'abc' },
              { name: 'client_secret', value: 'p0stSecret' },
            ],
          },
        },
        response: {
          status: 401,
          statusText: 'Unauthorized',
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'request-id', value: '7da0f588-0389-4720-a1a4-7858b95b5000' },
            { name: 'Set-Cookie', value: 'srv=r3spC00kie; Secure' },
          ],
          cookies: [{ name: 'srv', value: 'r3spC00kie' }],
          content: { size: body.length, mimeType: 'application/json', text: b64(body), encoding: 'base64' },
        },
      },
      {
        request: {
          method: 'POST',
          url: 'https://api.example.com/login',
          headers: [{ name: 'authorization', value: 'Bearer b0dyT0ken' }],
          postData: { mimeType: 'application/json', text: json({ user: 'bob', password: 'jsonB0dyPass' }) },
        },
        response: {
          status: 400,
          statusText: 'Bad Request',
          headers: [],
          content: { size: 2, mimeType: 'application/json', text: '{}' },
        },
      },
    ],
  },
});
