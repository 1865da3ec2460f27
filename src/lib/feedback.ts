/**
 * Where readers can tell us that a page is wrong or a bounce was not understood, and where a page's
 * source can be edited. Both come from the build's environment (REPO_URL, REPO_BRANCH,
 * FEEDBACK_EMAIL); with neither set, the site shows no feedback link at all. Nothing is ever sent
 * by the site itself: these are links the reader chooses to follow.
 */

export interface FeedbackConfig {
  /** The repository's web address, like https://github.com/owner/todokanai. */
  repoUrl?: string;
  /** The branch that "Edit this page" opens. */
  branch: string;
  /** An address for feedback by email. */
  email?: string;
}

/** What a report says: a title and a body, prefilled for the reader to check and complete. */
export interface Report {
  subject: string;
  body: string;
}

/** The configuration from environment variables; a value that cannot work stops the build with what to write instead. */
export function feedbackConfig(env: Readonly<Record<string, string | undefined>>): FeedbackConfig {
  const config: FeedbackConfig = { branch: env.REPO_BRANCH?.trim() || 'main' };
  const repo = env.REPO_URL?.trim();
  if (repo) {
    if (!/^https:\/\/[^\s/]+\/\S+$/.test(repo)) {
      throw new Error(`REPO_URL is '${repo}': set it to the repository's https address, like https://github.com/owner/todokanai, or leave it empty`);
    }
    config.repoUrl = repo.replace(/\/+$/, '');
  }
  const email = env.FEEDBACK_EMAIL?.trim();
  if (email) {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw new Error(`FEEDBACK_EMAIL is '${email}': set it to one email address, like feedback@example.org, or leave it empty`);
    }
    config.email = email;
  }
  return config;
}

/** "Edit this page": the source file in the repository's web editor (GitHub, Gitea and Forgejo use this form). */
export function editUrl(config: FeedbackConfig, sourcePath: string): string | null {
  return config.repoUrl ? `${config.repoUrl}/edit/${encodeURIComponent(config.branch)}/${sourcePath.split('/').map(encodeURIComponent).join('/')}` : null;
}

/** A prefilled new issue on the repository and a prefilled email, each only where configured. */
export function reportLinks(config: FeedbackConfig, report: Report): { issue: string | null; mail: string | null } {
  const query = (pairs: Record<string, string>) =>
    Object.entries(pairs).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return {
    issue: config.repoUrl ? `${config.repoUrl}/issues/new?${query({ title: report.subject, body: report.body })}` : null,
    mail: config.email ? `mailto:${config.email}?${query({ subject: report.subject, body: report.body })}` : null,
  };
}
