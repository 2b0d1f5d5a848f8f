export interface Playground {
  base: string;
  stop(): void;
}
export function startPlayground(): Promise<Playground>;
export function percentile(values: number[], p: number): number;
export function median(values: number[]): number;
export function report(bench: string, figure: string, fields: Record<string, unknown>): void;
