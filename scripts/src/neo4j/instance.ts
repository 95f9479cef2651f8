import { z } from "zod";

/**
 * Which local Neo4j a command manages. `npm start` uses the "dev" instance on 7687; the test
 * suite uses "test" on 7688 so running tests never touches a user's data.
 */
const instanceEnv = z.object({
  NEO4J_INSTANCE: z
    .string()
    .regex(/^[a-z0-9-]+$/, "NEO4J_INSTANCE must be lower-case letters, digits and dashes")
    .default("dev"),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "NEO4J_HEAP looks like 1g or 512m")
    .optional(),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, "NEO4J_PAGECACHE looks like 1g or 512m")
    .optional(),
});

export interface InstanceSettings {
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
}

const defaultPorts: Record<string, number> = { dev: 7687, test: 7688 };

export function readInstanceSettings(env: NodeJS.ProcessEnv = process.env): InstanceSettings {
  const parsed = instanceEnv.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${first?.path.join(".")}: ${first?.message}`);
  }
  const { NEO4J_INSTANCE: name } = parsed.data;
  const isDev = name === "dev";
  return {
    name,
    boltPort: parsed.data.NEO4J_BOLT_PORT ?? defaultPorts[name] ?? 7690,
    // Sized for a 2-core, 24 GiB machine: the dev server gets room to grow, test and bench
    // instances stay small so several can run side by side.
    heap: parsed.data.NEO4J_HEAP ?? (isDev ? "2g" : "1g"),
    pageCache: parsed.data.NEO4J_PAGECACHE ?? (isDev ? "2g" : "512m"),
  };
}

export function boltUri(settings: InstanceSettings): string {
  return `bolt://127.0.0.1:${settings.boltPort}`;
}
