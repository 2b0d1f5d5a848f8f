export interface Playground {
  base: string;
  /** CPU seconds the runtime (workerd) has used so far; null where /proc is not there. */
  cpuSeconds(): number | null;
  stop(): void;
}
export const STORAGE: "tmpfs" | "disk";
export function startPlayground(options?: { storage?: "tmpfs" | "disk" }): Promise<Playground>;
export function percentile(values: number[], p: number): number;
export function median(values: number[]): number;
export function report(bench: string, figure: string, fields: Record<string, unknown>): void;
export function benchDeployment(name: string, replicas: number, container: string): Record<string, unknown>;
export function benchNodes(count: number): Record<string, unknown>[];
