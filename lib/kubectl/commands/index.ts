/** Every command, in kubectl's order (cobra's suggestions follow it), then the playground's verbs. */
import type { Command } from "../command";
import { applyCommand } from "./apply";
import { createCommand } from "./create";
import { deleteCommand } from "./delete";
import { describeCommand } from "./describe";
import { editCommand } from "./edit";
import { explainCommand } from "./explain";
import { exposeCommand } from "./expose";
import { getCommand } from "./get";
import { apiResourcesCommand, clusterInfoCommand, configCommand, versionCommand } from "./info";
import { annotateCommand, labelCommand } from "./label";
import { logsCommand } from "./logs";
import { cordonCommandSpec, drainCommand, taintCommand, uncordonCommandSpec } from "./node";
import { patchCommand } from "./patch";
import { crashCommand, flowCommand, nodePlaygroundCommand, resetCommand, speedCommand } from "./playground";
import { rolloutCommand } from "./rollout";
import { runCommand } from "./run";
import { scaleCommand } from "./scale";
import { setCommand } from "./set";
import { topCommand } from "./top";
import {
  apiVersionsCommand,
  attachCommand,
  authCommand,
  autoscaleCommand,
  certificateCommand,
  completionCommand,
  cpCommand,
  debugCommand,
  diffCommand,
  eventsCommand,
  execCommand,
  kustomizeCommand,
  pluginCommand,
  portForwardCommand,
  proxyCommand,
  replaceCommand,
  waitCommand,
} from "./unavailable";

export const COMMANDS: readonly Command[] = [
  createCommand,
  exposeCommand,
  runCommand,
  setCommand,
  explainCommand,
  getCommand,
  editCommand,
  deleteCommand,
  rolloutCommand,
  scaleCommand,
  autoscaleCommand,
  certificateCommand,
  clusterInfoCommand,
  topCommand,
  cordonCommandSpec,
  uncordonCommandSpec,
  drainCommand,
  taintCommand,
  describeCommand,
  logsCommand,
  attachCommand,
  execCommand,
  portForwardCommand,
  proxyCommand,
  cpCommand,
  authCommand,
  debugCommand,
  eventsCommand,
  diffCommand,
  applyCommand,
  patchCommand,
  replaceCommand,
  waitCommand,
  kustomizeCommand,
  labelCommand,
  annotateCommand,
  completionCommand,
  apiResourcesCommand,
  apiVersionsCommand,
  configCommand,
  pluginCommand,
  versionCommand,
  nodePlaygroundCommand,
  crashCommand,
  speedCommand,
  resetCommand,
  flowCommand,
];
