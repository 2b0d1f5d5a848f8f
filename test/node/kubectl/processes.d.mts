export const repoRoot: string;
export const PATH: string;
export function fileExists(path: string): boolean;
export function tempDir(prefix: string): string;
export function writeFile(path: string, text: string): void;
export function runScript(path: string, timeoutMs: number): void;
export interface ProcessOptions {
  stdin?: string;
  killAfterMs?: number;
  hardTimeoutMs?: number;
  signal?: AbortSignal;
  onStdout?: (soFar: string) => void;
}
export function runProcess(
  bin: string,
  args: string[],
  env: Record<string, string>,
  options?: ProcessOptions,
): Promise<{ stdout: string; stderr: string; code: number }>;
