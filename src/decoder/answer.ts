import { entryUrl } from './build-index.ts';
import { explain } from './explain/explain.ts';
import type { Points } from './match/points.ts';
import { rankCandidates } from './match/rank-candidates.ts';
import type { Scored } from './match/score-candidate.ts';
import type { Evidence } from './read/read-evidence.ts';
import { statusInfoIn } from './status-table.ts';
import type { CatalogIndex, DecodeItem, Match } from './types.ts';

/**
 * Turns the evidence for one response into its {@link DecodeItem}: the ranking's verdict, the entries
 * as {@link Match}es (score clamped to 0..1 for display), the template values of an identified entry,
 * and for an unknown one the guesses and the general meaning of its status.
 */

/** An indexed entry as the result shows it. */
function toMatch(index: CatalogIndex, s: Scored): Match {
  const service = index.services[s.entry.svc]!;
  const match: Match = {
    id: s.entry.id,
    service: service.id,
    serviceName: service.name,
    status: s.entry.status,
    code: s.entry.code,
    innerCode: s.entry.inner ?? null,
    title: s.entry.title,
    url: entryUrl(s.entry),
    retryable: s.entry.retryable,
    points: s.points,
    tally: s.tally,
    why: s.why,
  };
  if (s.filled) match.filled = s.filled;
  return match;
}

/** Ranks the candidates for one response and writes the answer: verdict, matches, guesses, notes. */
export function answer(
  index: CatalogIndex,
  evidence: Evidence,
  points: Points,
  extraNotes: string[] = [],
): DecodeItem {
  const ranking = rankCandidates(index, evidence, points);
  const item: DecodeItem = {
    verdict: ranking.verdict,
    extracted: evidence.extracted,
    matches: ranking.matches.map((s) => toMatch(index, s)),
  };
  const notes = [...extraNotes, ...evidence.notes];
  // The first match: identified and ambiguous answers have one, and only they read it.
  const top = ranking.matches[0]!;
  if (ranking.verdict === 'identified') {
    if (top.filled) item.extracted = { ...item.extracted, filled: top.filled };
    notes.push(...top.notes);
  }
  // Ambiguous: a note every candidate shares (the status differs for all of them) holds for the answer.
  if (ranking.verdict === 'ambiguous')
    notes.push(...top.notes.filter((n) => ranking.matches.every((s) => s.notes.includes(n))));
  if (ranking.verdict === 'unknown') {
    item.guesses = ranking.guesses.map((s) => toMatch(index, s));
    if (evidence.extracted.status !== undefined)
      item.statusInfo = statusInfoIn(index.httpStatuses, evidence.extracted.status);
    if (evidence.extracted.form === 'empty') notes.push('Nothing to decode.');
  }
  if (notes.length > 0) item.notes = [...new Set(notes)];
  item.explanation = explain(item, evidence.otherApi, index.shapes);
  if (ranking.next) item.runnerUp = { id: ranking.next.entry.id, points: ranking.next.points };
  return item;
}
