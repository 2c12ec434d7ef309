import { z } from "zod";
import { entityId } from "./common";

export const notificationIdSchema = z.object({ id: entityId() });
export const markAllSchema = z.object({});

/** The list's URL state: a page number, junk falling back to the first page. */
export const notificationsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
