// API versions v50.0 (Winter '21) to v68.0 (Winter '27), three releases a year.
export const MIN_VERSION = 50;
export const MAX_VERSION = 68;

export function versionLabel(major: number): string {
  const season = ['Winter', 'Spring', 'Summer'][(major - MIN_VERSION) % 3];
  return `${season} '${21 + Math.floor((major - MIN_VERSION) / 3)}`;
}

export function listVersions(): { label: string; url: string; version: string }[] {
  const versions = [];
  for (let major = MIN_VERSION; major <= MAX_VERSION; major++) {
    versions.push({ label: versionLabel(major), url: `/services/data/v${major}.0`, version: `${major}.0` });
  }
  return versions;
}

export function isSupportedVersion(version: string): boolean {
  const match = /^(\d+)\.0$/.exec(version);
  const major = match ? Number(match[1]) : NaN;
  return major >= MIN_VERSION && major <= MAX_VERSION;
}
