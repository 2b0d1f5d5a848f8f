export const repoRoot: string;
export const KUBECTL_132: string;
export const KUBECTL_120: string;
export function ensureKubectl120(): boolean;
export function tempDir(prefix: string): string;
export function removeDir(path: string): void;
export function writeFile(dir: string, name: string, text: string): string;
export function run(
  bin: string,
  args: string[],
  home: string,
): Promise<{ code: number; stdout: string; stderr: string }>;
