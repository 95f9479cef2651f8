/**
 * What the Dockerfile's runtime stage says, read from the Dockerfile itself, so tests check and
 * run exactly what the image runs (no Docker engine is needed to read it).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../neo4j/paths.js";

export interface RuntimeStage {
  /** The stage's own lines, from its FROM on. */
  text: string;
  /** ENTRYPOINT and CMD in exec form (JSON arrays); undefined when absent or in shell form. */
  entrypoint: string[] | undefined;
  cmd: string[] | undefined;
  /** The arguments of the stage's `npm ci`. */
  npmCiArgs: string[];
}

function execForm(text: string, instruction: string): string[] | undefined {
  const line = [...text.matchAll(new RegExp(`^${instruction}\\s+(.+)$`, "gm"))].at(-1)?.[1];
  if (line === undefined || !line.trim().startsWith("[")) return undefined;
  return JSON.parse(line) as string[];
}

/** The last stage of the Dockerfile: the image that runs. */
export function runtimeStage(dockerfile = path.join(repoRoot, "Dockerfile")): RuntimeStage {
  // Continuation lines joined, so each instruction is one line.
  const all = readFileSync(dockerfile, "utf8").replace(/\\\n\s*/g, " ");
  const text = all.slice(all.lastIndexOf("\nFROM ") + 1);
  const npmCi = /^RUN npm ci ([^&\n]+)/m.exec(text)?.[1] ?? "";
  return {
    text,
    entrypoint: execForm(text, "ENTRYPOINT"),
    cmd: execForm(text, "CMD"),
    npmCiArgs: npmCi.trim().split(/\s+/).filter(Boolean),
  };
}

/** The command the image's init (ENTRYPOINT) starts: the runtime stage's CMD. */
export function imageCommand(): string[] {
  const { cmd } = runtimeStage();
  if (!cmd || cmd.length === 0) throw new Error("the Dockerfile's runtime stage has no exec-form CMD");
  return cmd;
}
