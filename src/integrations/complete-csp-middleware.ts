import { defineMiddleware } from 'astro:middleware';
import { completePolicy } from './complete-csp.ts';

/** Completes the policy of every HTML page as it is rendered (see complete-csp.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  return new Response(completePolicy(html), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
