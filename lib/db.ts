import "server-only";
import { prismaClient, type Db } from "./prisma-client";

// One client per process; in dev, survive hot reloads.
const globalForPrisma = globalThis as unknown as { accordPrisma?: Db };

export const prisma: Db = globalForPrisma.accordPrisma ?? prismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.accordPrisma = prisma;
