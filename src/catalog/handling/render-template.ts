/**
 * The snippet templates' grammar, kept to what they need:
 * - `{{name}}` is replaced by a value (already written in the snippet's language);
 * - a line holding only `{{#flag}}` … `{{/flag}}` keeps the lines between when the flag is true,
 *   `{{^flag}}` … `{{/flag}}` when it is false. Sections do not nest.
 * An unknown name throws, naming the template, so a typo fails the build instead of shipping.
 */

const SECTION = /^[ \t]*\{\{([#^])(\w+)\}\}[ \t]*\n([\s\S]*?)^[ \t]*\{\{\/\2\}\}[ \t]*\n/gm;
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Fills `template` (named `name` in messages) with `values` and `flags`. */
export function renderTemplate(
  name: string,
  template: string,
  values: Record<string, string>,
  flags: Record<string, boolean>,
): string {
  const sections = template.replace(SECTION, (_, kind: string, flag: string, body: string) => {
    if (!(flag in flags)) throw new Error(`${name}: unknown section {{${kind}${flag}}}`);
    return flags[flag] === (kind === '#') ? body : '';
  });
  return sections.replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${name}: unknown placeholder {{${key}}}`);
    return value;
  });
}
