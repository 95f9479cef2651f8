import { z } from "zod";
import type { DumpValue } from "./property-values.js";

export const DUMP_FORMAT = "rrn-graph-dump";
export const DUMP_VERSION = 1;

/** A schema object (constraint or index) by name, with the statement that recreates it. */
export interface DumpSchemaItem {
  name: string;
  createStatement: string;
}

export interface DumpNode {
  labels: string[];
  properties: Record<string, DumpValue>;
}

/** `from` and `to` are positions in the dump's `nodes` list. */
export interface DumpRelationship {
  type: string;
  from: number;
  to: number;
  properties: Record<string, DumpValue>;
}

/**
 * The whole graph as JSON: every node and relationship with all properties, and the
 * constraints and indexes. Sorted by content, not by internal ids, so the same graph always
 * gives the same file (export → restore → export is byte-identical). No timestamp inside for
 * the same reason: the file name carries it.
 */
export interface GraphDump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  schema: { constraints: DumpSchemaItem[]; indexes: DumpSchemaItem[] };
  nodes: DumpNode[];
  relationships: DumpRelationship[];
}

const schemaItem = z.object({ name: z.string().min(1), createStatement: z.string().min(1) });
const properties = z.record(z.string(), z.unknown());

/** Checks a file's structure before anything is written; values are checked as they decode. */
export const graphDumpSchema = z
  .object({
    format: z.literal(DUMP_FORMAT, { error: `not a graph dump (expected "format": "${DUMP_FORMAT}")` }),
    version: z.literal(DUMP_VERSION, { error: `unsupported dump version (this tool reads version ${DUMP_VERSION})` }),
    schema: z.object({ constraints: z.array(schemaItem), indexes: z.array(schemaItem) }),
    nodes: z.array(z.object({ labels: z.array(z.string().min(1)), properties })),
    relationships: z.array(z.object({ type: z.string().min(1), from: z.int().min(0), to: z.int().min(0), properties })),
  })
  .superRefine((dump, ctx) => {
    dump.relationships.forEach((r, i) => {
      if (r.from >= dump.nodes.length || r.to >= dump.nodes.length) {
        ctx.addIssue({
          code: "custom",
          path: ["relationships", i],
          message: "points at a node the dump does not have",
        });
      }
    });
  });
