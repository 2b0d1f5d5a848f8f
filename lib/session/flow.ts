/**
 * The control plane at work, as steps: each committed write (who wrote what, at which revision)
 * and each delivery of its watch event to a component. Steps go to the participants in batches, at
 * most `budgetPerSecond` of them a second — beyond that they are counted, and one summary step says
 * how many were not shown — and the steps since the last command that wrote are kept for `flow`.
 */
import type { FlowStep } from "./protocol";

export const FLOW_BUDGET_PER_SECOND = 200;
/** Steps kept for the `flow` verb. */
export const FLOW_KEEP = 1000;

export class FlowRecorder {
  private pending: FlowStep[] = [];
  private windowStart = 0;
  private inWindow = 0;
  private droppedInWindow = 0;
  private lastRevision = 0;
  private lastSteps: FlowStep[] = [];
  private lastDropped = 0;

  constructor(
    private readonly budgetPerSecond = FLOW_BUDGET_PER_SECOND,
    private readonly keep = FLOW_KEEP,
  ) {}

  /** A command that writes starts: what follows is its flow. */
  startCommand(): void {
    this.lastSteps = [];
    this.lastDropped = 0;
  }

  /** Records a step; `live` false keeps it for `flow` only (nobody is watching). */
  record(step: FlowStep, live = true): void {
    this.lastRevision = Math.max(this.lastRevision, step.revision);
    if (this.lastSteps.length < this.keep) this.lastSteps.push(step);
    else this.lastDropped++;
    if (!live) return;
    if (step.at - this.windowStart >= 1000) {
      this.closeWindow();
      this.windowStart = step.at;
      this.inWindow = 0;
    }
    if (this.inWindow < this.budgetPerSecond) {
      this.inWindow++;
      this.pending.push(step);
    } else {
      this.droppedInWindow++;
    }
  }

  /** The steps to send now (with a summary of what was left out), or nothing. */
  take(now: number): FlowStep[] {
    if (now - this.windowStart >= 1000) this.closeWindow();
    const steps = this.pending;
    this.pending = [];
    return steps;
  }

  get hasPending(): boolean {
    return this.pending.length > 0 || this.droppedInWindow > 0;
  }

  /** The steps since the last command that wrote; `dropped` counts those beyond what is kept. */
  last(): { steps: FlowStep[]; dropped: number } {
    return { steps: [...this.lastSteps], dropped: this.lastDropped };
  }

  private closeWindow(): void {
    if (this.droppedInWindow === 0) return;
    this.pending.push({
      revision: this.lastRevision,
      kind: "write",
      from: "apiserver",
      to: "apiserver",
      verb: "sampled",
      resource: "",
      name: "",
      at: this.windowStart,
      count: this.droppedInWindow,
      note: `${this.droppedInWindow} more steps not shown (over ${this.budgetPerSecond} steps/s)`,
    });
    this.droppedInWindow = 0;
  }
}

/** `#412 participant/Ada → apiserver: create deployments default/my-app` */
export function formatStep(step: FlowStep): string {
  if (step.note) return `#${step.revision} ${step.note}`;
  const where = step.namespace ? `${step.namespace}/${step.name}` : step.name;
  return `#${step.revision} ${step.from} → ${step.to}: ${step.verb} ${step.resource} ${where}`;
}

/** What `flow` prints. */
export function formatFlow(steps: readonly FlowStep[], dropped: number): string {
  if (steps.length === 0) return "No control-plane activity recorded since the last command.\n";
  const lines = steps.map(formatStep);
  if (dropped > 0) lines.push(`... and ${dropped} more steps`);
  return `${lines.join("\n")}\n`;
}
