/**
 * The decoder's scoring, as one table. Each signal the evidence can show about a candidate entry is
 * worth a whole number of points; a candidate's points are the sum of the rows that apply to it, so
 * a verdict can be checked by hand: list the rows in its `why`, add them up, apply the rule below.
 *
 * | signal               | points | when                                                              |
 * | -------------------- | -----: | ----------------------------------------------------------------- |
 * | code                 |     10 | the body's code is the entry's code                               |
 * | codeIgnoringCase     |      8 | the same apart from case                                          |
 * | alias                |     10 | the paste names one of the entry's aliases (an AADSTS number)     |
 * | bare                 |     10 | the whole paste is the entry's code, inner code or alias          |
 * | reasonPhraseTitle    |      3 | a problem-details title that is only a reason phrase (`Not Found`) |
 * | token                |      7 | a code-shaped word in free text is the entry's code               |
 * | emptyBody            |      7 | the body is empty, as the entry documents                         |
 * | statusClass          |      7 | a status in the entry's class (`5XX`), in the entry's body shape  |
 * | onlyEntryOfHost      |      6 | the host's service documents exactly one entry with this status   |
 * | message              |      5 | no code, but the message fits the entry's documented message      |
 * | aliasToo             |      4 | an alias matches as well as the code                              |
 * | inner                |      4 | the entry's documented inner code is there                        |
 * | status               |      4 | the status is the documented one                                  |
 * | statusInClass        |      3 | the status is in the documented class                             |
 * | template             |      3 | the message fits the documented message template                  |
 * | envelope             |      2 | the body has the entry's shape                                    |
 * | host                 |      5 | the request went to a host (and path) the service owns            |
 * | statusDiffers        |     -2 | the status differs from the documented one                        |
 * | messageDiffers       |     -2 | a message the API writes verbatim (40+ characters), worded otherwise |
 * | innerUndocumented    |     -2 | an inner code the entry does not document                         |
 * | innerAbsent          |     -5 | the entry's documented inner code is missing                      |
 * | innerDiffers         |    -12 | another inner code than the documented one: another error         |
 * | codeDiffers          |     -6 | the body names another code (the entry was reached another way)   |
 * | aliasDiffers         |     -6 | the paste names aliases of the family, none of them the entry's   |
 * | envelopeDiffers      |     -6 | the body has another shape                                        |
 * | bodyDiffers          |     -8 | empty where a body is documented, or the reverse                  |
 * | otherApi             |     -8 | the paste names an API the catalog does not cover                 |
 * | hostOtherPath        |    -10 | the service's host, but a path that belongs to another API        |
 * | hostForeign          |    -10 | a host the service does not own                                   |
 *
 * Why these sizes: a naming signal alone reaches {@link CLAIM}; `envelope` (+2) and `statusDiffers`
 * (−2) cancel, so a documented code in its own body shape stays claimed whatever the status, while
 * `status` (+4) against `statusDiffers` (−2) is more than {@link MARGIN} apart, so where two entries
 * share a code and differ by status the status decides. Any single signal against (−6 or worse)
 * takes a bare code below the claim line.
 */
export const POINTS = {
  code: 10,
  codeIgnoringCase: 8,
  alias: 10,
  bare: 10,
  reasonPhraseTitle: 3,
  token: 7,
  emptyBody: 7,
  statusClass: 7,
  onlyEntryOfHost: 6,
  message: 5,
  aliasToo: 4,
  inner: 4,
  status: 4,
  statusInClass: 3,
  template: 3,
  envelope: 2,
  host: 5,
  statusDiffers: -2,
  messageDiffers: -2,
  innerUndocumented: -2,
  innerAbsent: -5,
  innerDiffers: -12,
  codeDiffers: -6,
  aliasDiffers: -6,
  envelopeDiffers: -6,
  bodyDiffers: -8,
  otherApi: -8,
  hostOtherPath: -10,
  hostForeign: -10,
} as const;

/** A row of the table. */
export type Signal = keyof typeof POINTS;
/** The table, or a variant of it (tests zero one row to prove the row matters). */
export type Points = Record<Signal, number>;

/**
 * The decision rule, applied to the candidates that at least one naming signal reached:
 *
 * | verdict        | when                                                                          |
 * | -------------- | ----------------------------------------------------------------------------- |
 * | identified     | one candidate has ≥ CLAIM points and every other is ≥ MARGIN points behind it |
 * | ambiguous      | several candidates have ≥ CLAIM points within MARGIN of the best: all listed  |
 * | not recognised | no candidate has CLAIM points, or the paste is a bare status; the best three  |
 * |                | with more than 0 points are offered as guesses, marked as guesses             |
 *
 * Ties are never broken by order: equal points are always ambiguous.
 */
export const CLAIM = 10;
/** Points between the best candidate and the next for the best alone to be the answer. */
export const MARGIN = 4;
