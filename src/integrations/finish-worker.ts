import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { FinisherReply, FinisherRequest } from './finisher.ts';
import { emptyPageRecord, finishPage } from './page-record.ts';

/**
 * The build's second thread (see finisher.ts): it finishes the pages the main thread renders and
 * writes the files that mirror them, in the order they arrive, while the main thread renders the
 * next pages. Node runs this file as written (type stripping), outside the site's bundle.
 */
const port = parentPort;
if (!port) throw new Error('finish-worker.ts runs as a worker thread of the build (finisher.ts).');

const record = emptyPageRecord();
const folders = new Map<string, Promise<unknown>>();
const writes: Promise<void>[] = [];
const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** The first write that failed, reported when the build closes the thread. */
let writeFailure: string | undefined;

/** The bytes as an ArrayBuffer of their own, which can be handed back without a copy. */
const ownBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);

const reply = (message: FinisherReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (request: FinisherRequest) => {
  switch (request.kind) {
    case 'known':
      record.known = request.known;
      break;
    case 'page': {
      try {
        const html = decoder.decode(request.page);
        const finished = finishPage(html, request.sitePath, record);
        // An unchanged page goes back as the bytes it came in.
        const page = finished === html ? request.page : ownBuffer(encoder.encode(finished));
        reply({ kind: 'page', id: request.id, page }, [page]);
      } catch (error) {
        reply({
          kind: 'page',
          id: request.id,
          error: error instanceof Error ? error.message : String(error),
        });
      }
      break;
    }
    case 'write': {
      const { path, text } = request;
      const folder = dirname(path);
      // One folder holds all of a service's twins: it is created once, not before every file.
      const made = folders.get(folder) ?? mkdir(folder, { recursive: true });
      folders.set(folder, made);
      const write = made.then(() => writeFile(path, text));
      write.catch((error: unknown) => {
        writeFailure ??= `Cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
      });
      writes.push(write);
      break;
    }
    case 'close':
      void Promise.allSettled(writes).then(() =>
        reply({
          kind: 'closed',
          report: {
            pages: record.pages,
            completed: record.completed,
            blocked: record.blocked,
            ...(writeFailure === undefined ? {} : { writeFailure }),
          },
        }),
      );
      break;
  }
});
