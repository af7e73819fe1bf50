/** Citation helpers: `src(path:line)` for PTV's 3.4 source, `ref(§)` for the shared reference notes. */
export const src = (pathLine: string) => `${pathLine} @ptv-release-3_4`;
export const ref = (section: string) => `in-api-v11.md ${section}`;
