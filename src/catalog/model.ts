import type { Envelope } from './envelopes.ts';
import { firstFixStep } from './first-step.ts';
import type { EntryData, ServiceData, Status } from './schema.ts';
import { entryJsonPath, entryMarkdownPath, entryPath, servicePath } from './urls.ts';

export type { EntryData };

/** What a loader hands to {@link buildCatalog}: one validated file. */
export interface SourceFile<T> {
  /** For services the service id; for entries `<service>/<slug>`. */
  id: string;
  /** Path of the file, for messages addressed to a contributor. */
  filePath: string;
  data: T;
  /** The Markdown after the frontmatter. */
  body?: string | undefined;
}

export interface CatalogService extends ServiceData {
  id: string;
  /** Site path of the service page, without the site's base. */
  url: string;
  entryCount: number;
}

export interface CatalogEntry extends EntryData {
  /** `<service>/<slug>`: the file's path below content/errors/, without `.md`. */
  id: string;
  slug: string;
  innerCode: string | undefined;
  /** The envelope this entry's bodies use: its own, or its service's. */
  envelope: Envelope;
  /** `404`, or `5xx` for a class: the URL segment of its status page. */
  statusKey: string;
  /** Site path of the entry page, without the site's base. */
  url: string;
  filePath: string;
  /** The first step of its "How to fix it" section, as plain text. */
  firstStep: string;
  /** Site path of the entry's machine-readable twin: its catalog record as JSON. */
  jsonUrl: string;
  /** Site path of the entry's page content as Markdown. */
  markdownUrl: string;
}

export interface StatusGroup {
  key: string;
  status: Status;
  entries: CatalogEntry[];
}

/** The one derived model every page, catalog.json and the decoder index read. */
export interface Catalog {
  services: CatalogService[];
  entries: CatalogEntry[];
  statuses: StatusGroup[];
  serviceById: Map<string, CatalogService>;
  entriesByService: Map<string, CatalogEntry[]>;
  /** The same code documented by other services: each entry's twins. */
  twinsOf: (entry: CatalogEntry) => CatalogEntry[];
}

/** A problem with the catalog as a whole, addressed to the contributor who can fix it. */
export class CatalogError extends Error {
  override name = 'CatalogError';
}

export function statusKey(status: Status): string {
  return String(status).toLowerCase();
}

/** Numbers before classes, classes by their first digit: 200, 204, 400, …, 5XX sorts after 500. */
export function compareStatus(a: Status, b: Status): number {
  const rank = (s: Status) => (typeof s === 'number' ? s : Number(s[0]) * 100 + 99.5);
  return rank(a) - rank(b);
}

/**
 * The identity of an entry: two entries may not share it. Compared without regard to case, since
 * two codes that differ only in case are one error to a reader (and to a case-insensitive search).
 */
export function identityOf(e: EntryIdentity): string {
  return [e.service, String(e.status), e.code, e.innerCode ?? ''].join('\u0000').toLowerCase();
}

/**
 * Returns a contributor-facing message for the first two files that share an identity
 * (service, status, code, innerCode, compared without regard to case), or undefined when every
 * identity is unique.
 */
export function findDuplicateIdentity(
  files: Iterable<{ filePath: string; data: EntryIdentity }>,
): string | undefined {
  const seen = new Map<string, string>();
  for (const file of files) {
    const key = identityOf(file.data);
    const other = seen.get(key);
    if (other) {
      const { service, status, code, innerCode } = file.data;
      return (
        `${file.filePath}: two entries have the same identity (service ${service}, status ${status}, ` +
        `code ${code}${innerCode ? `, innerCode ${innerCode}` : ''}); the other is ${other}. ` +
        'Merge them, or tell them apart with a different status or an innerCode.'
      );
    }
    seen.set(key, file.filePath);
  }
  return undefined;
}

interface EntryIdentity {
  service: string;
  status: Status;
  code: string;
  innerCode?: string | undefined;
}

/**
 * Derives the catalog model from validated files. Throws a {@link CatalogError} naming the files
 * when two entries share an identity (service, status, code, innerCode).
 */
export function buildCatalog(
  serviceFiles: SourceFile<ServiceData>[],
  entryFiles: SourceFile<EntryData>[],
): Catalog {
  const duplicate = findDuplicateIdentity(entryFiles);
  if (duplicate) throw new CatalogError(duplicate);

  const serviceEnvelope = new Map(serviceFiles.map((s) => [s.id, s.data.envelope]));
  const unknown = entryFiles.filter((file) => !serviceEnvelope.has(file.data.service));
  if (unknown.length > 0) throw new CatalogError(unknownServices(unknown, [...serviceEnvelope.keys()]));
  const entries: CatalogEntry[] = entryFiles
    .map(({ id, filePath, data, body }) => {
      const envelope = data.envelope ?? serviceEnvelope.get(data.service)!;
      return {
        ...data,
        id,
        slug: id.slice(id.indexOf('/') + 1),
        innerCode: data.innerCode,
        envelope,
        statusKey: statusKey(data.status),
        url: entryPath(id),
        filePath,
        firstStep: firstFixStep(body),
        jsonUrl: entryJsonPath(id),
        markdownUrl: entryMarkdownPath(id),
      };
    })
    .sort(
      (a, b) =>
        a.service.localeCompare(b.service) ||
        compareStatus(a.status, b.status) ||
        a.code.localeCompare(b.code) ||
        a.slug.localeCompare(b.slug),
    );

  const entriesByService = new Map<string, CatalogEntry[]>(serviceFiles.map((s) => [s.id, []]));
  const byStatus = new Map<string, StatusGroup>();
  const byCode = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    entriesByService.get(entry.service)?.push(entry);
    const group = byStatus.get(entry.statusKey) ?? {
      key: entry.statusKey,
      status: entry.status,
      entries: [],
    };
    group.entries.push(entry);
    byStatus.set(entry.statusKey, group);
    byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), entry]);
  }

  const services: CatalogService[] = serviceFiles
    .map(({ id, data }) => ({
      ...data,
      id,
      url: servicePath(id),
      entryCount: entriesByService.get(id)?.length ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    services,
    entries,
    statuses: [...byStatus.values()].sort((a, b) => compareStatus(a.status, b.status)),
    serviceById: new Map(services.map((s) => [s.id, s])),
    entriesByService,
    twinsOf: (entry) => (byCode.get(entry.code) ?? []).filter((e) => e.service !== entry.service),
  };
}

/** One line per entry whose `service` names no file in content/services/, with the ids that exist. */
function unknownServices(files: SourceFile<EntryData>[], serviceIds: string[]): string {
  return files
    .map(
      ({ filePath, data }) =>
        `${filePath}: service: service must be the id of a file in content/services/ ` +
        `(found "${data.service}"; one of: ${serviceIds.sort().join(', ')})`,
    )
    .join('\n');
}
