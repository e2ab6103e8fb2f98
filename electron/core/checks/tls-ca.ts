import { readFile } from 'node:fs/promises';

/** Extra CA certificates from the target's CA file; undefined when none was given. */
export async function loadCa(caFile: string | undefined): Promise<string[] | undefined> {
  if (!caFile) return undefined;
  return [await readFile(caFile, 'utf8')];
}
