import { defineMiddleware } from 'astro:middleware';
import { pageRecord } from './page-record.ts';

/**
 * Finishes each HTML page of the build as it is rendered, before Astro writes it (see
 * page-record.ts), on the build's second thread (finisher.ts): its policy is completed in memory,
 * so no page is read back and written again.
 * Other responses (the JSON and Markdown twins) and the dev server's pages pass through.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const { finisher } = pageRecord();
  if (!finisher)
    throw new Error(`Cannot finish ${context.url.pathname}: the build's page finisher has not started.`);
  const html = await finisher.finish(await response.arrayBuffer(), context.url.pathname);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
