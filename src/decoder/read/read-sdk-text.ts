/**
 * Reads an error code and message out of the text SDKs and CLIs print instead of the body. Each
 * pattern is one line of one tool's format; codes are word characters, messages end at the line.
 */

/** A code: a letter, then word characters, dots or dashes; at most 80. */
const CODE = '([A-Za-z][\\w.-]{1,79})';

/** A message: the rest of the line, at most 500 characters. */
const MESSAGE = '([^\\n]{1,500})';

/**
 * Each pattern captures (code, message):
 * - azure-core / msrest: `HttpResponseError: (PathNotFoundError) The requested path does not exist`
 * - azure-core's second form and the Graph .NET SDK: `Code: PathNotFoundError` newline `Message: ...`
 * - Azure CLI: `ServiceError: code: PathNotFoundError - , The requested path does not exist`
 * - AutoRest .NET: `Code=PathNotFoundError, Message=The requested path does not exist`
 * - OAuth libraries: `error_code: invalid_grant, error_description: AADSTS70000: ...`
 * - the Azure SDKs for Go and Terraform's AzureRM: `ERROR CODE: ResourceGroupNotFound` (no message)
 * - one-line CLI renderings: `BadArgumentError: The request had some invalid properties` (a
 *   PascalCase code of two words or more at the start of a line or after an arrow, then the message)
 */
export const SDK_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:^|[:>]|Error|exceptions?)[ \\t]*\\(${CODE}\\)[ \\t]+${MESSAGE}`, 'm'),
  new RegExp(`^[ \\t]*Code:[ \\t]*${CODE}[ \\t]*\\n[ \\t]*Message:[ \\t]*${MESSAGE}`, 'm'),
  new RegExp(`\\bcode:[ \\t]*${CODE}[ \\t]+-[ \\t]*,?[ \\t]*${MESSAGE}`),
  new RegExp(`\\bCode=${CODE},[ \\t]*Message=${MESSAGE}`),
  new RegExp(`\\berror(?:_code)?:[ \\t]*([a-z][a-z_]{2,40}),[ \\t]*error_description:[ \\t]*${MESSAGE}`),
  new RegExp(`^[ \\t]*ERROR CODE:[ \\t]*${CODE}()[ \\t]*$`, 'm'),
  new RegExp(`(?:^|-> |=> )[ \\t]*([A-Z][a-z]+(?:[A-Z][a-z0-9]+)+):[ \\t]+([A-Z][^\\n]{2,499})$`, 'm'),
];

/** A code and message read from an SDK's or CLI's error text. */
export interface SdkReading {
  code: string;
  message?: string;
}

/** The first tool format found in the text, or `undefined`. */
export function readSdkText(text: string): SdkReading | undefined {
  const window = text.slice(0, 256 * 1024);
  for (const pattern of SDK_PATTERNS) {
    const m = pattern.exec(window);
    if (m) return m[2] ? { code: m[1]!, message: m[2].trim() } : { code: m[1]! };
  }
  return undefined;
}
