/**
 * Makes pasted text safe to print on a terminal. A paste can carry control sequences that a terminal
 * obeys rather than shows — `ESC]52` writes the clipboard, `ESC]0` sets the window title, OSC 8 makes
 * links, `ESC[2J` clears the screen — and bidirectional overrides that reorder what is shown. Every
 * such character in a value from the paste is written as a visible escape (`\x1b`, `\u202e`); the
 * line breaks and indentation of the CLI's own layout are added afterwards and stay real.
 * @see https://invisible-island.net/xterm/ctlseqs/ctlseqs.html
 */

/** C0 controls, DEL, C1 controls, and the bidirectional embedding, override and isolate marks. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One string with every unsafe character shown as an escape. */
export function showControls(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    if (Object.hasOwn(NAMED, ch)) return NAMED[ch]!;
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** A copy of a JSON-shaped value with {@link showControls} applied to every string in it. */
export function withControlsShown<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) =>
    typeof v === 'string' ? showControls(v) : v,
  ) as T;
}

/**
 * A whole pasted text for a terminal: its own line breaks (`\n`, `\r\n`) and tabs stay real, every
 * other unsafe character is shown as an escape — a lone `\r` too, since it returns to the start of
 * the line and lets later text hide what came before it.
 */
export function showControlsKeepingLayout(text: string): string {
  return text
    .split(/(\r?\n|\t)/)
    .map((part, i) => (i % 2 === 1 ? part : showControls(part)))
    .join('');
}
