/**
 * Settings a fork changes. Empty strings turn the feature off.
 */
export const SITE_SETTINGS = {
  /**
   * The repository that holds this site's content, as its web address (for example
   * `https://github.com/example/error-atlas`). When set, every entry page gets a "Report a problem
   * with this page" link that opens a new issue there. Empty: no link.
   */
  repositoryUrl: '',
};

/**
 * The "Report a problem with this page" link for an entry: a new-issue form (the `/issues/new`
 * path GitHub, GitLab and Gitea share) with the page and its source file filled in. Undefined when
 * no repository is configured.
 */
export function reportProblemUrl(
  repositoryUrl: string,
  page: { title: string; url: string; filePath: string },
): string | undefined {
  if (!repositoryUrl.trim()) return undefined;
  const issue = new URL(`${repositoryUrl.replace(/\/+$/, '')}/issues/new`);
  issue.searchParams.set('title', `Problem with ${page.title}`);
  issue.searchParams.set('body', `Page: ${page.url}\nSource: ${page.filePath}\n\nWhat is wrong:\n`);
  return issue.href;
}
