import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../catalog/get-catalog.ts';
import { decoderAssetOf, DECODER_ASSET_FOLDER } from '../../catalog/decoder-asset.ts';

/**
 * `/_atlas/decoder-index.<hash>.json`: the decoder's index and notes, written once per build and
 * fetched by every decoder island. The folder is a parameter because Astro does not route folders
 * of src/pages whose names start with `_`.
 */
export const getStaticPaths = (async () => {
  const { hash } = decoderAssetOf(await getCatalog());
  return [{ params: { folder: DECODER_ASSET_FOLDER, hash } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(decoderAssetOf(await getCatalog()).json, {
    headers: { 'Content-Type': 'application/json' },
  });
