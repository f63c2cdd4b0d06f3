/** One shard of the static code map (src/catalog/code-map.ts): one lookup fetches one of these. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/get-catalog.ts';
import { codeMapOf, type CodeShard } from '../../../catalog/code-map.ts';

export const getStaticPaths = (async () => {
  const { shards } = codeMapOf(await getCatalog());
  return shards.map((shard, n) => ({ params: { shard: String(n) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: CodeShard }> = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
